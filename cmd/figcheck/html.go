package main

import (
	"io"

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

// htmlFacts keeps each document and its facts, and writes the page at the
// end.
type htmlFacts struct {
	w    io.Writer
	docs []report.ExtractDoc
}

func (s *htmlFacts) begin() error { return nil }
func (s *htmlFacts) doc(d *source.Doc, fs []facts.Fact) error {
	s.docs = append(s.docs, report.ExtractDoc{Doc: report.Doc{Name: d.Name, Text: d.Text}, Facts: fs})
	return nil
}
func (s *htmlFacts) end() error {
	return report.Extract(s.w, s.docs, report.Options{Value: humanValue})
}
