// Package lsptest drives a language server of package lsp in-process, as an
// editor would, over a pipe.
package lsptest

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"testing"
	"time"

	"github.com/ferrolint/ferrolint/internal/lsp"
	"github.com/sourcegraph/jsonrpc2"
)

// Client is the editor's end of a session with lsp.Serve.
type Client struct {
	t         testing.TB
	conn      *jsonrpc2.Conn
	published chan lsp.PublishDiagnosticsParams
	exit      chan int // Serve's exit code
}

// wait bounds every wait for the server.
const wait = 20 * time.Second

// Start serves l on one end of a pipe and connects a Client to the other.
func Start(t testing.TB, l lsp.Linter) *Client {
	t.Helper()
	serverEnd, clientEnd := net.Pipe()
	c := &Client{t: t, published: make(chan lsp.PublishDiagnosticsParams, 100), exit: make(chan int, 1)}
	go func() {
		c.exit <- lsp.Serve(context.Background(), serverEnd, l, "test", io.Discard)
		serverEnd.Close()
	}()
	stream := jsonrpc2.NewBufferedStream(clientEnd, jsonrpc2.VSCodeObjectCodec{})
	c.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() { c.conn.Close() })
	return c
}

// handle takes the server's notifications.
func (c *Client) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	if req.Method == "textDocument/publishDiagnostics" && req.Params != nil {
		var p lsp.PublishDiagnosticsParams
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			return nil, err
		}
		c.published <- p
	}
	return nil, nil
}

// Call sends a request and decodes its result into result; the error is
// the server's.
func (c *Client) Call(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	return c.conn.Call(ctx, method, params, result)
}

// Notify sends a notification.
func (c *Client) Notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("notify %s: %v", method, err)
	}
}

// Published waits for the next publishDiagnostics.
func (c *Client) Published() lsp.PublishDiagnosticsParams {
	c.t.Helper()
	select {
	case p := <-c.published:
		return p
	case <-time.After(wait):
		c.t.Fatalf("no diagnostics published in %v", wait)
		return lsp.PublishDiagnosticsParams{}
	}
}

// ExitCode waits for Serve to return.
func (c *Client) ExitCode() int {
	c.t.Helper()
	select {
	case code := <-c.exit:
		return code
	case <-time.After(wait):
		c.t.Fatalf("the server did not stop in %v", wait)
		return -1
	}
}
