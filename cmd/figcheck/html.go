package main

import (
	"io"
	"math"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/report"
	"github.com/figcheck/figcheck/source"
)

// --format html: the page code is in package report; this only hands it
// the documents as read.

// writeCompareHTML writes the page of a comparison, or of a check (the
// first document is NEW).
func writeCompareHTML(w io.Writer, res compare.Result, docs []*source.Doc, check bool) error {
	opt := report.Options{Value: humanValue}
	if check && len(docs) > 0 {
		opt.Check = docs[0].Name
	}
	return report.Compare(w, res, reportDocs(docs), opt)
}

func reportDocs(docs []*source.Doc) []report.Doc {
	out := make([]report.Doc, len(docs))
	for i, d := range docs {
		out[i] = report.Doc{Name: d.Name, Text: d.Text}
	}
	return out
}

// htmlFacts writes the page of every document: each document's section
// is rendered as it comes and kept in a spool, and the page is written at
// the end, when its top (counts, names) is known. A document read whole
// is held with its facts until its section is rendered.
//
// A document that is streamed (see streamDoc) comes in parts, its text
// and facts, and its section is laid out as they come, the rows of its
// facts table kept in a second spool until its text is written: then only
// a part of it is in hand at a time.
type htmlFacts struct {
	w        io.Writer
	page     *report.ExtractPage
	sections spool
	streamed *report.SectionStream // the section of the document that comes in parts
	rows     *spool
}

func newHTMLFacts(w io.Writer) *htmlFacts {
	return &htmlFacts{w: w, page: report.NewExtractPage(report.Options{Value: humanValue}),
		sections: spool{why: "a long page keeps its documents in a temporary file until its top is written"}}
}

func (s *htmlFacts) begin() error { return nil }
func (s *htmlFacts) doc(d *source.Doc, fs []facts.Fact) error {
	return s.page.Section(&s.sections, report.ExtractDoc{Doc: report.Doc{Name: d.Name, Text: d.Text}, Facts: fs})
}

// part lays out the next part of a streamed document.
func (s *htmlFacts) part(r *docResult) error {
	if s.streamed == nil {
		s.rows = &spool{why: "a long page keeps a document's table of facts in a temporary file until its text is written"}
		s.streamed = s.page.StartSection(&s.sections, s.rows, r.name)
	}
	safe := r.safe
	if !r.more {
		safe = math.MaxInt
	}
	err := s.streamed.Add(r.text, r.fs, safe)
	if r.more || err != nil {
		return err
	}
	sec, rows := s.streamed, s.rows
	defer rows.close()
	s.streamed, s.rows = nil, nil
	return sec.Close(func() (io.Reader, error) { return rows.reader() })
}

func (s *htmlFacts) end() error {
	defer s.sections.close()
	r, err := s.sections.reader()
	if err != nil {
		return err
	}
	return s.page.Write(s.w, r)
}
