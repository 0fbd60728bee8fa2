package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"
)

// serveConfig holds the flags of "serve".
type serveConfig struct {
	addr     string
	maxMB    int
	maxDocs  int
	timeout  time.Duration
	maxBytes int64 // maxMB in bytes
}

func init() {
	commandHelp["serve"] = `Usage: figcheck serve [flags]

Serves the HTML report as a web page where you paste or upload 2 to 8 reports,
and a JSON API with the same JSON as --format json:

  POST /v1/extract  POST /v1/compare  POST /v1/check   {"docs": [{"name": "a.txt", "text": "..."}]}
  GET  /healthz

For /v1/check the first document is NEW. "options" may give the command's flags:
{"docs": [...], "options": {"kinds": ["count"], "min_confidence": 0.5, "no_dates": true,
"only_conflicts": true, "threshold": 0.6, "tolerance": 0.1}}.

It listens on 127.0.0.1 (this machine only) unless --addr says otherwise, reads
nothing from the file system for a request, and stops cleanly on SIGINT or
SIGTERM.
`
}

func serveFlags(c *serveConfig) *flag.FlagSet {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "`address` to listen on, host:port; a host other than 127.0.0.1 or localhost is reachable from other machines")
	fs.IntVar(&c.maxMB, "max-request-mb", 16, "largest request body, in `MB`")
	fs.IntVar(&c.maxDocs, "max-docs", 8, "most documents in one request")
	fs.DurationVar(&c.timeout, "timeout", 30*time.Second, "longest time spent on one request")
	return fs
}

// serve runs "figcheck serve" until SIGINT or SIGTERM.
func (a *app) serve(args []string) int {
	c := &serveConfig{}
	fs := serveFlags(c)
	rest, code, done := a.parse(fs, args)
	if done {
		return code
	}
	if len(rest) > 0 {
		return a.usageError(fs, "takes no arguments (got %q)", rest[0])
	}
	if c.maxMB < 1 || c.maxDocs < 2 || c.timeout <= 0 {
		return a.usageError(fs, "--max-request-mb must be at least 1, --max-docs at least 2 and --timeout positive")
	}
	c.maxBytes = int64(c.maxMB) << 20
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		fmt.Fprintf(a.stderr, "figcheck: serve: %v\n", err)
		return exitError
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serveUntil(ctx, ln, c, a.stderr); err != nil {
		fmt.Fprintf(a.stderr, "figcheck: serve: %v\n", err)
		return exitError
	}
	return exitOK
}

// serveUntil serves on ln until ctx is done, then lets the requests in
// flight finish (for at most ten seconds).
func serveUntil(ctx context.Context, ln net.Listener, c *serveConfig, log io.Writer) error {
	srv := &http.Server{
		Handler:           accessLog(newServer(c), log),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       c.timeout + 30*time.Second,
		WriteTimeout:      c.timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	addr := ln.Addr().String()
	if host, _, err := net.SplitHostPort(addr); err == nil && !isLoopback(host) {
		fmt.Fprintf(log, "figcheck: serve: warning: %s is reachable from other machines\n", addr)
	}
	fmt.Fprintf(log, "figcheck: serving on http://%s/ (Ctrl-C to stop)\n", addr)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(log, "figcheck: serve: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// accessLog writes one line per request to log: method, path, status,
// bytes answered and time taken (never the documents).
func accessLog(h http.Handler, log io.Writer) http.Handler {
	var mu sync.Mutex
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(log, "figcheck: serve: %s %s %d %dB %s\n", r.Method, r.URL.Path, rec.status, rec.bytes,
			time.Since(start).Round(time.Millisecond))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// server answers the web page and the JSON API. It touches no file: every
// document comes in the request.
type server struct {
	c    *serveConfig
	busy chan struct{} // one token per request being worked on
}

func newServer(c *serveConfig) http.Handler {
	if c.maxBytes == 0 {
		c.maxBytes = int64(c.maxMB) << 20
	}
	s := &server{c: c, busy: make(chan struct{}, runtime.NumCPU()+1)}
	late := "the request took longer than " + c.timeout.String()
	msg, _ := json.Marshal(apiError{late})
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", s.healthz)
	mux.Handle("/v1/", withTimeout(http.HandlerFunc(s.api), c.timeout, "application/json; charset=utf-8", string(msg)+"\n"))
	mux.Handle("/", withTimeout(http.HandlerFunc(s.page), c.timeout, "text/html; charset=utf-8",
		"<!DOCTYPE html><title>figcheck: too slow</title><p>"+late+". <a href=\"/\">Try again</a> with fewer or shorter reports.</p>\n"))
	if host, _, err := net.SplitHostPort(c.addr); c.addr == "" || err == nil && isLoopback(host) {
		return localOnly(mux)
	}
	return mux
}

// localOnly refuses requests whose Host is not this machine: a service
// listening on localhost should not answer a web page that rebinds its
// own name to 127.0.0.1.
func localOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if hh, _, err := net.SplitHostPort(host); err == nil {
			host = hh
		}
		if !isLoopback(strings.Trim(host, "[]")) {
			writeJSONError(w, http.StatusMisdirectedRequest, "this server answers only requests to localhost (start it with --addr to listen beyond)")
			return
		}
		h.ServeHTTP(w, r)
	})
}

// withTimeout answers 503 with body, of the given content type, when h
// takes longer than d (the work goes on in the background until it ends;
// the request's context is cancelled, so it waits for no worker).
func withTimeout(h http.Handler, d time.Duration, contentType, body string) http.Handler {
	th := http.TimeoutHandler(h, d, body)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Seen only on a timeout: otherwise the handler's own headers replace it.
		w.Header().Set("Content-Type", contentType)
		th.ServeHTTP(w, r)
	})
}
