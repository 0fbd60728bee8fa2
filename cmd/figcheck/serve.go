package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/figcheck/figcheck/report"
	"github.com/figcheck/figcheck/source"
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
		Handler:           newServer(c),
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
	return mux
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

type apiError struct {
	Error string `json:"error"`
}

// requestError is a request that cannot be served, with its HTTP status.
type requestError struct {
	status int
	msg    string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) *requestError {
	return &requestError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = newEncoder(w, "").Encode(apiError{msg})
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeJSONError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here; use GET")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	io.WriteString(w, `{"status":"ok"}`+"\n")
}

// acquire waits for a free worker; false when the request gave up first.
func (s *server) acquire(r *http.Request) bool {
	select {
	case s.busy <- struct{}{}:
		return true
	case <-r.Context().Done():
		return false
	}
}

func (s *server) release() { <-s.busy }

// api serves POST /v1/extract, /v1/compare and /v1/check.
func (s *server) api(w http.ResponseWriter, r *http.Request) {
	cmd := strings.TrimPrefix(r.URL.Path, "/v1/")
	if cmd != "extract" && cmd != "compare" && cmd != "check" {
		writeJSONError(w, http.StatusNotFound, "no such endpoint "+r.URL.Path+" (POST /v1/extract, /v1/compare or /v1/check)")
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeJSONError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here; POST {\"docs\": [{\"name\": \"a.txt\", \"text\": \"...\"}]}")
		return
	}
	texts, o, rerr := s.readJSONDocs(w, r)
	if rerr == nil {
		rerr = s.checkCount(cmd, len(texts))
	}
	var docs []*source.Doc
	if rerr == nil {
		docs, rerr = viewDocs(texts)
	}
	if rerr != nil {
		writeJSONError(w, rerr.status, rerr.msg)
		return
	}
	if !s.acquire(r) {
		writeJSONError(w, http.StatusServiceUnavailable, "the server is busy, try again")
		return
	}
	defer s.release()
	var buf bytes.Buffer
	var errOut strings.Builder
	a := &app{stdout: io.Discard, stderr: &errOut}
	if cmd == "extract" {
		sink := newFactSink(&buf, o)
		err := sink.begin()
		for _, d := range docs {
			if err == nil {
				err = sink.doc(d, a.factsOf(d, o))
			}
		}
		if err == nil {
			err = sink.end()
		}
		if err != nil {
			a.errorf("response", "%v", err)
		}
	} else {
		res, ok := a.compareResult(docs, o, cmd == "check")
		if ok {
			if err := writeGroups(&buf, res, o); err != nil {
				a.errorf("response", "%v", err)
			}
		}
	}
	if a.failed || errOut.Len() > 0 && buf.Len() == 0 {
		writeJSONError(w, http.StatusInternalServerError, serverErrors(errOut.String()))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(buf.Bytes())
}

// namedText is a document as a request gives it.
type namedText struct {
	Name string  `json:"name"`
	Text *string `json:"text"`
}

// apiOptions are the command-line filters and settings a request may give
// under "options"; each is the flag of the same name.
type apiOptions struct {
	Kinds         []string `json:"kinds"`
	MinConfidence float64  `json:"min_confidence"`
	NoDates       bool     `json:"no_dates"`
	OnlyConflicts bool     `json:"only_conflicts"`
	Threshold     float64  `json:"threshold"`
	Tolerance     float64  `json:"tolerance"`
}

// readJSONDocs reads {"docs": [...], "options": {...}} from the body,
// within the size limit, and returns the documents and the options.
func (s *server) readJSONDocs(w http.ResponseWriter, r *http.Request) ([]namedText, *options, *requestError) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, _ := mime.ParseMediaType(ct)
		if mt == "multipart/form-data" {
			return nil, nil, &requestError{http.StatusUnsupportedMediaType, "send JSON, not a form: {\"docs\": [{\"name\": \"a.txt\", \"text\": \"...\"}]}"}
		}
	}
	body := http.MaxBytesReader(w, r.Body, s.c.maxBytes)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req struct {
		Docs    []namedText `json:"docs"`
		Options apiOptions  `json:"options"`
	}
	err := dec.Decode(&req)
	if err == nil {
		// Anything but white space after the object is an error too.
		if _, e := dec.Token(); e != io.EOF {
			err = errors.New("more data after the JSON object")
			var tooBig *http.MaxBytesError
			if errors.As(e, &tooBig) {
				err = e
			}
		}
	}
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, nil, &requestError{http.StatusRequestEntityTooLarge, fmt.Sprintf("the request is larger than the %d MB limit", s.c.maxBytes>>20)}
		}
		if errors.Is(err, io.EOF) {
			return nil, nil, badRequest("empty request: send {\"docs\": [{\"name\": \"a.txt\", \"text\": \"...\"}]}")
		}
		return nil, nil, badRequest("malformed JSON: %v", err)
	}
	for i, d := range req.Docs {
		if d.Text == nil {
			return nil, nil, badRequest("docs[%d] has no \"text\"", i)
		}
	}
	opt := req.Options
	o := &options{format: "json", color: "never", kinds: strings.Join(opt.Kinds, ","), minConf: opt.MinConfidence,
		noDates: opt.NoDates, onlyConflicts: opt.OnlyConflicts, threshold: opt.Threshold, tolerance: opt.Tolerance}
	if msg := o.check(io.Discard); msg != "" {
		return nil, nil, badRequest("options: %s", strings.NewReplacer("--min-confidence", "min_confidence",
			"--threshold", "threshold", "--tolerance", "tolerance", "kind", "kinds").Replace(msg))
	}
	return req.Docs, o, nil
}

// checkCount checks the number of documents for a command.
func (s *server) checkCount(cmd string, n int) *requestError {
	least := 2
	if cmd == "extract" {
		least = 1
	}
	switch {
	case n == 0:
		return badRequest("no documents: send {\"docs\": [{\"name\": \"a.txt\", \"text\": \"...\"}]}")
	case n < least:
		return badRequest("%s needs at least %d documents (got %d)", cmd, least, n)
	case n > s.c.maxDocs:
		return badRequest("too many documents: %d (the limit is %d)", n, s.c.maxDocs)
	}
	return nil
}

// viewDocs reads each text as figcheck reads a file: its format told from
// its content (the name's extension is a hint), HTML and Markdown viewed as
// text of the same length. Unnamed documents are named doc1, doc2…; two
// documents may not share a name.
func viewDocs(texts []namedText) ([]*source.Doc, *requestError) {
	seen := map[string]bool{}
	docs := make([]*source.Doc, 0, len(texts))
	for i, t := range texts {
		name := strings.TrimSpace(t.Name)
		if name == "" {
			name = "doc" + strconv.Itoa(i+1)
		}
		label := fmt.Sprintf("docs[%d] (%s)", i, name)
		if seen[name] {
			return nil, badRequest("%s: two documents are named %q", label, name)
		}
		seen[name] = true
		text := ""
		if t.Text != nil {
			text = *t.Text
		}
		if strings.TrimSpace(text) == "" {
			return nil, badRequest("%s: empty text", label)
		}
		d, err := source.New(name, []byte(text), path.Base(name))
		if err != nil {
			return nil, &requestError{http.StatusUnprocessableEntity, label + ": binary data, not text"}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// page serves the web page: GET / the form, POST /report the report.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/" && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		s.writeForm(w, http.StatusOK, report.Form{})
	case r.URL.Path == "/report" && r.Method == http.MethodPost:
		s.report(w, r)
	case r.URL.Path == "/report":
		http.Redirect(w, r, "/", http.StatusSeeOther)
	case r.URL.Path == "/":
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, r.Method+" is not allowed here", http.StatusMethodNotAllowed)
	default:
		http.NotFound(w, r)
	}
}

func (s *server) writeForm(w http.ResponseWriter, status int, f report.Form) {
	f.Action, f.MaxDocs, f.MaxBytes = "/report", s.c.maxDocs, s.c.maxBytes
	var buf bytes.Buffer
	if err := report.WriteForm(&buf, f); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeHTML(w, status, buf.Bytes())
}

func writeHTML(w http.ResponseWriter, status int, page []byte) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", report.ContentSecurityPolicy())
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	w.Write(page)
}

// serverErrors turns what the command would print on stderr into one
// message, without the "figcheck: " of each line.
func serverErrors(stderr string) string {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if l = strings.TrimPrefix(l, "figcheck: "); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return "internal error"
	}
	return strings.Join(lines, "; ")
}
