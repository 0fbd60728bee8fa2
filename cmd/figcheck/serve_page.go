package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/figcheck/figcheck/report"
)

// report answers the form of the web page with the report page. The form
// is read part by part into memory (never into temporary files), within
// the request size limit.
func (s *server) report(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.c.maxBytes)
	form, texts, err := s.readForm(r)
	if err != nil {
		status := http.StatusBadRequest
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			status = http.StatusRequestEntityTooLarge
			err = fmt.Errorf("the reports are larger than the %d MB limit", s.c.maxBytes>>20)
			form.Docs = nil // cut short: what was read is incomplete
		}
		form.Error = err.Error()
		s.writeForm(w, status, form)
		return
	}
	fail := func(e *requestError) {
		form.Error = e.msg
		s.writeForm(w, e.status, form)
	}
	cmd := "compare"
	if form.Check {
		cmd = "check"
	}
	if e := s.checkCount(cmd, len(texts)); e != nil {
		if len(texts) < 2 {
			e.msg = fmt.Sprintf("Paste or upload at least two reports (got %d).", len(texts))
		}
		fail(e)
		return
	}
	docs, e := viewDocs(texts)
	if e != nil {
		fail(e)
		return
	}
	if !s.acquire(r) {
		fail(&requestError{http.StatusServiceUnavailable, "The server is busy, try again."})
		return
	}
	defer s.release()
	var errOut strings.Builder
	a := &app{stdout: io.Discard, stderr: &errOut}
	o := &options{format: "html"}
	res, ok := a.compareResult(docs, o, form.Check)
	if !ok || a.failed {
		fail(&requestError{http.StatusInternalServerError, serverErrors(errOut.String())})
		return
	}
	opt := report.Options{Value: humanValue, Served: true}
	if form.Check {
		opt.Check = docs[0].Name
	}
	var buf strings.Builder
	if err := report.Compare(&buf, res, reportDocs(docs), opt); err != nil {
		fail(&requestError{http.StatusInternalServerError, err.Error()})
		return
	}
	writeHTML(w, http.StatusOK, []byte(buf.String()))
}

// readForm reads the web form: mode (compare or check), pasted reports
// nameN and textN, uploaded files. Empty paste boxes are left out; the
// pasted reports come first, in box order, then the files.
func (s *server) readForm(r *http.Request) (report.Form, []namedText, error) {
	var f report.Form
	names, pasted := map[int]string{}, map[int]string{}
	var files []namedText
	field := func(k, v string) {
		switch {
		case k == "mode":
			f.Check = v == "check"
		case strings.HasPrefix(k, "name"):
			if n, err := strconv.Atoi(k[4:]); err == nil && n >= 1 && n <= s.c.maxDocs {
				names[n] = v
			}
		case strings.HasPrefix(k, "text"):
			if n, err := strconv.Atoi(k[4:]); err == nil && n >= 1 && n <= s.c.maxDocs {
				pasted[n] = v
			}
		}
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "multipart/form-data":
		mr, err := r.MultipartReader()
		if err != nil {
			return f, nil, err
		}
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return f, nil, formError(err)
			}
			b, err := io.ReadAll(p)
			if err != nil {
				return f, nil, formError(err)
			}
			if p.FileName() != "" {
				if len(strings.TrimSpace(string(b))) > 0 {
					text := string(b)
					files = append(files, namedText{Name: path.Base(strings.ReplaceAll(p.FileName(), `\`, "/")), Text: &text})
				}
				continue
			}
			field(p.FormName(), string(b))
		}
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return f, nil, formError(err)
		}
		for k, vs := range r.PostForm {
			if len(vs) > 0 {
				field(k, vs[0])
			}
		}
	default:
		return f, nil, errors.New("send the form as multipart/form-data")
	}
	var texts []namedText
	for n := 1; n <= s.c.maxDocs; n++ {
		name, text := strings.TrimSpace(names[n]), pasted[n]
		if name != "" || text != "" {
			f.Docs = append(f.Docs, report.FormDoc{N: n, Name: name, Text: text})
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		if name == "" {
			name = "report " + strconv.Itoa(n)
		}
		t := text
		texts = append(texts, namedText{Name: name, Text: &t})
	}
	texts = append(texts, files...)
	// Names typed by hand or shared by two files are made unique rather
	// than refused.
	seen := map[string]int{}
	for i := range texts {
		base := texts[i].Name
		seen[base]++
		if k := seen[base]; k > 1 {
			texts[i].Name = fmt.Sprintf("%s (%d)", base, k)
		}
	}
	return f, texts, nil
}

func formError(err error) error {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return err
	}
	if errors.Is(err, multipart.ErrMessageTooLarge) {
		return err
	}
	return fmt.Errorf("the form could not be read: %v", err)
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
