package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
)

func (a *app) extract(args []string) int {
	o := &options{}
	fs := newCommand("extract", o)
	files, code, done := a.parse(fs, args)
	if done {
		return code
	}
	if msg := o.check(a.stdout); msg != "" {
		return a.usageError(fs, "%s", msg)
	}
	if o.jobs < 1 {
		return a.usageError(fs, "-j %d: at least one document at a time", o.jobs)
	}
	ins, code, ok := a.inputs(fs, files, o.recursive)
	if !ok {
		return code
	}
	bw := bufio.NewWriterSize(a.stdout, 64<<10)
	sink := newFactSink(bw, o)
	err := sink.begin()
	if err == nil {
		// Documents are read, extracted and encoded by a pool of workers
		// and written in input order; the table formats keep their rows
		// (in a temporary file past a few MB), html every document.
		err = a.extractAll(ins, o, sink, bw)
	}
	if err == nil {
		err = sink.end()
	}
	if err == nil {
		err = bw.Flush()
	}
	var spoolErr *spoolError
	switch {
	case errors.As(err, &spoolErr):
		a.errorf("--format "+o.format, "%v", err)
	case err != nil:
		a.errorf("<stdout>", "%v", err)
	}
	if a.failed {
		return exitError
	}
	return exitOK
}

// A factSink writes the facts of documents in one format.
type factSink interface {
	begin() error
	doc(d *source.Doc, fs []facts.Fact) error
	end() error
}

func newFactSink(w io.Writer, o *options) factSink {
	switch o.format {
	case "csv":
		return &csvFacts{w: csv.NewWriter(w), out: w}
	case "json":
		return &jsonFacts{w: w}
	case "jsonl":
		return &jsonlFacts{w: w}
	case "html":
		return newHTMLFacts(w)
	}
	return newTableFacts(w, o)
}

func newEncoder(w io.Writer, indent string) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	return enc
}

// jsonlFacts writes one fact per line (SPEC.md).
type jsonlFacts struct {
	w   io.Writer
	enc docEncoder
}

func (s *jsonlFacts) begin() error { return nil }
func (s *jsonlFacts) end() error   { return nil }
func (s *jsonlFacts) doc(_ *source.Doc, fs []facts.Fact) error {
	s.enc.format = "jsonl"
	for i := range fs {
		if err := s.enc.add(&fs[i]); err != nil {
			return err
		}
	}
	_, err := s.w.Write(s.enc.take())
	return err
}

// jsonFacts writes {"facts": [...]} as it goes, laid out as
// json.MarshalIndent with a two-space indent would.
type jsonFacts struct {
	w   io.Writer
	n   int
	enc docEncoder
}

func (s *jsonFacts) begin() error {
	_, err := io.WriteString(s.w, "{\n  \"facts\": [")
	return err
}

func (s *jsonFacts) doc(_ *source.Doc, fs []facts.Fact) error {
	s.enc.format = "json"
	for i := range fs {
		if err := s.enc.add(&fs[i]); err != nil {
			return err
		}
	}
	return s.writeEncoded(s.enc.take(), len(fs))
}

// writeEncoded writes n facts encoded by a docEncoder: each starts with a
// comma, which the very first fact goes without.
func (s *jsonFacts) writeEncoded(b []byte, n int) error {
	if n == 0 {
		return nil
	}
	if s.n == 0 {
		b = b[1:]
	}
	s.n += n
	_, err := s.w.Write(b)
	return err
}

func (s *jsonFacts) end() error {
	tail := "]\n}\n"
	if s.n > 0 {
		tail = "\n  ]\n}\n"
	}
	_, err := io.WriteString(s.w, tail)
	return err
}

// csvFacts writes a header row, then one row per fact.
type csvFacts struct {
	w   *csv.Writer
	out io.Writer // under w, for rows a docEncoder wrote
}

var csvFactHeader = []string{"doc", "line", "kind", "text", "value", "low", "high", "bound", "change",
	"unit", "subject", "start", "end", "date", "confidence", "sentence"}

func (s *csvFacts) begin() error { return s.w.Write(csvFactHeader) }
func (s *csvFacts) end() error   { s.w.Flush(); return s.w.Error() }
func (s *csvFacts) doc(_ *source.Doc, fs []facts.Fact) error {
	for i := range fs {
		if err := s.w.Write(csvRow(&fs[i])); err != nil {
			return err
		}
	}
	s.w.Flush()
	return s.w.Error()
}

// csvRow is the row of one fact.
func csvRow(f *facts.Fact) []string {
	change := ""
	if f.Change != nil {
		change = *f.Change
	}
	return []string{f.Doc, strconv.Itoa(f.Line), string(f.Kind), f.Text,
		exactNum(f.Value), exactNum(f.Low), exactNum(f.High), string(f.Bound), change,
		f.Unit, f.Subject, strconv.Itoa(f.Start), strconv.Itoa(f.End), f.Date,
		strconv.FormatFloat(f.Confidence, 'f', -1, 64), oneLine(f.Sentence)}
}

// exactNum writes a number in full, without exponent; "" for nil.
func exactNum(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
