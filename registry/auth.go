package registry

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// challenge is a Bearer WWW-Authenticate challenge: where to get a token
// for the request that was refused.
type challenge struct {
	realm, service, scope string
}

// parseChallenge reads `Bearer realm="...",service="...",scope="..."`.
// Quoted values may hold commas (scope="repository:a:pull,push"). It
// reports false for other schemes (Basic needs credentials, which anonymous
// lookups do not have) and for a challenge without a realm.
func parseChallenge(h string) (challenge, bool) {
	scheme, rest, _ := strings.Cut(strings.TrimSpace(h), " ")
	if !strings.EqualFold(scheme, "Bearer") {
		return challenge{}, false
	}
	var c challenge
	for rest = strings.TrimSpace(rest); rest != ""; {
		key, after, ok := strings.Cut(rest, "=")
		if !ok {
			break
		}
		key = strings.ToLower(strings.TrimSpace(key))
		var val string
		if strings.HasPrefix(after, `"`) {
			end := strings.Index(after[1:], `"`)
			if end < 0 {
				return challenge{}, false
			}
			val, rest = after[1:1+end], after[end+2:]
		} else {
			val, rest, _ = strings.Cut(after, ",")
			rest = "," + rest
		}
		rest = strings.TrimLeft(rest, ", ")
		switch key {
		case "realm":
			c.realm = val
		case "service":
			c.service = val
		case "scope":
			c.scope = val
		}
	}
	if c.realm == "" {
		return challenge{}, false
	}
	return c, true
}

// token asks the challenge's realm for an anonymous pull token for repo.
func (c *Client) token(ctx context.Context, ch challenge, repo string) (string, error) {
	u, err := url.Parse(ch.realm)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return "", fmt.Errorf("bad token realm %q", ch.realm)
	}
	q := u.Query()
	if ch.service != "" {
		q.Set("service", ch.service)
	}
	scope := ch.scope
	if scope == "" {
		scope = "repository:" + repo + ":pull"
	}
	q.Set("scope", scope)
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return "", err
	}
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("token from %s: %s", u.Host, resp.Status)
	}
	var body struct {
		Token       string `json:"token"`
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxBody)).Decode(&body); err != nil {
		return "", fmt.Errorf("token from %s: %w", u.Host, err)
	}
	if body.Token == "" {
		body.Token = body.AccessToken
	}
	if body.Token == "" {
		return "", fmt.Errorf("token from %s: empty", u.Host)
	}
	return body.Token, nil
}
