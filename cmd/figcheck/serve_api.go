package main

// The JSON API of "figcheck serve": POST /v1/extract, /v1/compare and
// /v1/check answer with the JSON of the command line, built by the same
// code (compareResult, newFactSink, writeGroups).

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/figcheck/figcheck/source"
)

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
