package dockerfile

import (
	"encoding/json"
)

// jsonWords splits the exec form ["a", "b"] that starts at byte offset base
// of the logical text into words with their ranges.
func jsonWords(text string, base int, lg *logical, src *source) []*Word {
	var out []*Word
	i := 0
	for i < len(text) && text[i] != '[' {
		i++
	}
	for i < len(text) {
		if text[i] != '"' {
			i++
			continue
		}
		end := i + 1
		for end < len(text) && text[end] != '"' {
			if text[end] == '\\' {
				end++
			}
			end++
		}
		end = min(end+1, len(text))
		var value string
		if err := json.Unmarshal([]byte(text[i:end]), &value); err != nil {
			value = text[i:end]
		}
		out = append(out, &Word{Value: value, Range: lg.span(src, base+i, base+end)})
		i = end
	}
	return out
}
