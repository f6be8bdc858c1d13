// Package lsp is ferrolint's language server: it lints the documents an
// editor opens and changes, publishes the findings as diagnostics and
// offers their fixes as quick fixes. It speaks LSP 3.17 over a JSON-RPC
// stream; what it lints with, and how, comes from a Linter.
package lsp

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/url"
	"path/filepath"

	"github.com/ferrolint/ferrolint/rules"
	"github.com/sourcegraph/jsonrpc2"
)

// Linter lints a document's text as the command line would lint the file
// at path; path is "" for a document that is not a file (an unsaved
// buffer). An error concerns the document as a whole (its configuration,
// a rule that failed) and may come with findings.
type Linter interface {
	Lint(ctx context.Context, path string, text []byte) ([]rules.Finding, error)
}

// Serve answers one client on rwc until it sends exit or the stream ends,
// and returns the exit code the protocol asks for: 0 after shutdown, 1
// otherwise. Messages are handled one at a time, in order, so a didChange
// is never linted before the one sent ahead of it. Protocol errors are
// logged to logw.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, l Linter, version string, logw io.Writer) int {
	s := &server{linter: l, version: version, docs: map[string]*document{}, enc: UTF16}
	stream := jsonrpc2.NewBufferedStream(rwc, jsonrpc2.VSCodeObjectCodec{})
	conn := jsonrpc2.NewConn(ctx, stream, s, jsonrpc2.SetLogger(log.New(logw, "ferrolint lsp: ", 0)))
	<-conn.DisconnectNotify()
	if s.shutdown {
		return 0
	}
	return 1
}

// server is the state of one session; Handle is called for one message at
// a time.
type server struct {
	linter      Linter
	version     string
	enc         Encoding
	docs        map[string]*document // by URI
	initialized bool                 // initialize was answered
	shutdown    bool                 // shutdown was answered
}

// document is an open document and its findings, on the text they were
// found in.
type document struct {
	uri      string
	path     string // "" when the URI is not a file
	version  int
	text     string
	findings []rules.Finding
	err      error // the Linter's error for this text
}

// JSON-RPC error codes of LSP.
const (
	codeServerNotInitialized = -32002
	codeInvalidRequest       = -32600
)

// Handle implements jsonrpc2.Handler.
func (s *server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	result, err := s.handle(ctx, conn, req)
	if req.Notif {
		return
	}
	if err != nil {
		rpcErr, ok := err.(*jsonrpc2.Error)
		if !ok {
			rpcErr = &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: err.Error()}
		}
		_ = conn.ReplyWithError(ctx, req.ID, rpcErr) // fails only when the client is gone
		return
	}
	_ = conn.Reply(ctx, req.ID, result)
}

func (s *server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch {
	case req.Method == "exit":
		return nil, conn.Close()
	case s.shutdown:
		return nil, &jsonrpc2.Error{Code: codeInvalidRequest, Message: "the server is shut down"}
	case req.Method == "initialize":
		return s.initialize(req)
	case !s.initialized:
		return nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "initialize first"}
	}
	switch req.Method {
	case "initialized":
		return nil, nil
	case "shutdown":
		s.shutdown = true
		return nil, nil
	case "textDocument/didOpen":
		var p didOpenParams
		if err := unmarshalParams(req.Params, &p); err != nil {
			return nil, invalidParams(err)
		}
		doc := &document{uri: p.TextDocument.URI, path: pathOf(p.TextDocument.URI), version: p.TextDocument.Version, text: p.TextDocument.Text}
		s.docs[doc.uri] = doc
		return nil, s.lintAndPublish(ctx, conn, doc)
	case "textDocument/didChange":
		var p didChangeParams
		if err := unmarshalParams(req.Params, &p); err != nil {
			return nil, invalidParams(err)
		}
		doc, ok := s.docs[p.TextDocument.URI]
		if !ok || len(p.ContentChanges) == 0 {
			return nil, nil
		}
		// Full sync: the last change is the whole text.
		doc.text, doc.version = p.ContentChanges[len(p.ContentChanges)-1].Text, p.TextDocument.Version
		return nil, s.lintAndPublish(ctx, conn, doc)
	case "textDocument/didSave":
		// Linted again: the configuration or build context on disk may
		// have changed with the save.
		var p didSaveParams
		if err := unmarshalParams(req.Params, &p); err != nil {
			return nil, invalidParams(err)
		}
		doc, ok := s.docs[p.TextDocument.URI]
		if !ok {
			return nil, nil
		}
		if p.Text != nil {
			doc.text = *p.Text
		}
		return nil, s.lintAndPublish(ctx, conn, doc)
	case "textDocument/didClose":
		var p didCloseParams
		if err := unmarshalParams(req.Params, &p); err != nil {
			return nil, invalidParams(err)
		}
		delete(s.docs, p.TextDocument.URI)
		return nil, conn.Notify(ctx, "textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []Diagnostic{}})
	case "textDocument/codeAction":
		var p codeActionParams
		if err := unmarshalParams(req.Params, &p); err != nil {
			return nil, invalidParams(err)
		}
		doc, ok := s.docs[p.TextDocument.URI]
		if !ok || !wantsQuickFixes(p.Context.Only) {
			return []CodeAction{}, nil
		}
		return s.quickFixes(doc, p.Range), nil
	}
	if req.Notif {
		return nil, nil // $/cancelRequest, $/setTrace and the like
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
}

func (s *server) initialize(req *jsonrpc2.Request) (any, error) {
	if s.initialized {
		return nil, &jsonrpc2.Error{Code: codeInvalidRequest, Message: "initialize was already sent"}
	}
	var p initializeParams
	if err := unmarshalParams(req.Params, &p); err != nil {
		return nil, invalidParams(err)
	}
	s.enc = negotiate(p.Capabilities.General.PositionEncodings)
	s.initialized = true
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding:   string(s.enc),
			TextDocumentSync:   textDocumentSync{OpenClose: true, Change: syncFull, Save: saveOptions{}},
			CodeActionProvider: codeActionProviderOpts{CodeActionKinds: []string{kindQuickFix}},
		},
		ServerInfo: serverInfo{Name: "ferrolint", Version: s.version},
	}, nil
}

// lintAndPublish lints the document's text and sends its diagnostics.
func (s *server) lintAndPublish(ctx context.Context, conn *jsonrpc2.Conn, doc *document) error {
	doc.findings, doc.err = s.lint(ctx, doc)
	version := doc.version
	return conn.Notify(ctx, "textDocument/publishDiagnostics", PublishDiagnosticsParams{
		URI: doc.uri, Version: &version, Diagnostics: s.diagnostics(doc),
	})
}

// lint runs the Linter; a panic becomes the document's error, so one bad
// document does not end the session.
func (s *server) lint(ctx context.Context, doc *document) (findings []rules.Finding, err error) {
	defer func() {
		if v := recover(); v != nil {
			findings, err = nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	return s.linter.Lint(ctx, doc.path, []byte(doc.text))
}

// pathOf is the file path of a file: URI, "" for other schemes.
func pathOf(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return ""
	}
	return filepath.FromSlash(u.Path)
}

func invalidParams(err error) error {
	return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: err.Error()}
}
