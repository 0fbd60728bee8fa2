package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
)

// compare runs "compare", or "check" when check is set: then the first
// file is NEW and the result is narrowed to it.
func (a *app) compare(args []string, check bool) int {
	name := "compare"
	if check {
		name = "check"
	}
	o := &options{}
	fs := newCommand(name, o)
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
	var ins []source.Input
	if check {
		if len(files) < 2 {
			return a.usageError(fs, "needs a NEW document and at least one reference")
		}
		ins = append(source.Expand(files[:1], false), source.Expand(files[1:], o.recursive)...)
	} else {
		ins = source.Expand(files, o.recursive)
		if n := countDocs(ins); n < 2 {
			return a.usageError(fs, "needs at least two documents (got %d)", n)
		}
	}

	var docs []*source.Doc
	for i, in := range ins {
		d := a.load(in)
		if d == nil {
			if check && i == 0 {
				return exitError // no NEW, nothing to check
			}
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) < 2 {
		fmt.Fprintf(a.stderr, "figcheck: %s: fewer than two documents could be read\n", name)
		return exitError
	}
	res, ok := a.compareResult(docs, o, check)
	if !ok {
		return exitError
	}
	conflict := res.HasConflict()

	bw := bufio.NewWriter(a.stdout)
	var err error
	if o.format == "html" {
		err = writeCompareHTML(bw, res, docs, check)
	} else {
		err = writeGroups(bw, res, o)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		a.errorf("<stdout>", "%v", err)
	}
	switch {
	case a.failed:
		return exitError
	case conflict:
		return exitDisagree
	}
	return exitOK
}

// compareResult extracts the facts of docs, compares them (check: the
// first document is NEW) and readies the result for output. The command
// line and the web service both build their results here, so the JSON of
// one is the JSON of the other.
func (a *app) compareResult(docs []*source.Doc, o *options, check bool) (compare.Result, bool) {
	cdocs := make([]compare.Doc, 0, len(docs))
	all := a.factsOfAll(docs, o)
	for i, d := range docs {
		date := d.Date
		if date == "" {
			date = compare.PublishedDate(bytes.TrimLeft(d.Text, " \t\r\n"))
		}
		cdocs = append(cdocs, compare.Doc{Name: d.Name, Facts: all[i], Date: date})
	}
	res, ok := a.safeCompare(cdocs, compare.Options{Threshold: o.threshold, ApproxTolerance: o.tolerance})
	if !ok {
		return res, false
	}
	if check {
		res = res.Check(cdocs[0].Name)
	}
	res = tidy(res, cdocs)
	if o.onlyConflicts {
		kept := res.Groups[:0]
		for _, g := range res.Groups {
			if len(g.Disagreements) > 0 {
				kept = append(kept, g)
			}
		}
		res.Groups = kept
	}
	return res, true
}

// factsOfAll extracts the facts of every document with o.jobs workers,
// each document read by one of them, and returns them in input order; a
// panic of the extractor on a document is reported afterwards, in input
// order, as factsOf does.
func (a *app) factsOfAll(docs []*source.Doc, o *options) [][]facts.Fact {
	out := make([][]facts.Fact, len(docs))
	panics := make([]any, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(o.jobs, len(docs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				var fs []facts.Fact
				fs, panics[i] = extractRecovered(docs[i])
				out[i] = keptFacts(docs[i], fs, o)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, p := range panics {
		if p != nil {
			a.errorf(docs[i].Name, "internal error in the extractor, document skipped: %v", p)
		}
	}
	return out
}

// countDocs counts the inputs that may be documents.
func countDocs(ins []source.Input) int {
	n := 0
	for _, in := range ins {
		if in.Warning == "" {
			n++
		}
	}
	return n
}

func (a *app) safeCompare(docs []compare.Doc, opt compare.Options) (res compare.Result, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(a.stderr, "figcheck: internal error in the comparer: %v\n", r)
			ok = false
		}
	}()
	return compareDocs(docs, opt), true
}

// tidy makes sure of what the output promises: the document names, the
// "group" type, empty arrays rather than null.
func tidy(res compare.Result, docs []compare.Doc) compare.Result {
	if len(res.Docs) == 0 {
		for _, d := range docs {
			res.Docs = append(res.Docs, d.Name)
		}
	}
	if res.Groups == nil {
		res.Groups = []compare.Group{}
	}
	for i := range res.Groups {
		g := &res.Groups[i]
		g.Type = "group"
		if g.Facts == nil {
			g.Facts = []facts.Fact{}
		}
		if g.Disagreements == nil {
			g.Disagreements = []compare.Disagreement{}
		}
	}
	return res
}

func writeGroups(w io.Writer, res compare.Result, o *options) error {
	switch o.format {
	case "json":
		return writeResultJSON(w, res)
	case "jsonl":
		enc := newEncoder(w, "")
		for i := range res.Groups {
			if err := enc.Encode(&res.Groups[i]); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(append(append([]string{"key", "kind", "unit", "status"}, res.Docs...), "reason")); err != nil {
			return err
		}
		for _, g := range res.Groups {
			row := []string{g.Key, string(g.Kind), g.Unit, string(g.Status)}
			row = append(row, figuresByDoc(g, res.Docs)...)
			row = append(row, reasons(g))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	md := o.format == "markdown"
	if !o.all {
		res.Groups = findings(res.Groups)
	}
	short := shortNames(res.Docs)
	header := []string{"Figure about"}
	for _, d := range res.Docs {
		header = append(header, short[d])
	}
	header = append(header, "Status", "Reason")
	t := newTable(w, md)
	t.Header(cells(header, md))
	for _, g := range res.Groups {
		row := append([]string{g.Key}, figuresByDoc(g, res.Docs)...)
		row = append(row, statusText(g, short, o.colorOut), tableReason(g, short))
		if err := t.Append(cells(row, md)); err != nil {
			return err
		}
	}
	return t.Render()
}

// figuresByDoc gives, per document, the group's figures as written.
func figuresByDoc(g compare.Group, docs []string) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		var seen []string
		for _, f := range g.Facts {
			if t := oneLine(f.Text); f.Doc == d && !contains(seen, t) {
				seen = append(seen, t)
			}
		}
		out[i] = strings.Join(seen, "; ")
	}
	return out
}

// findings drops from a table the dates and ordinals that do not conflict:
// they agree in most reports of a story and push the findings down. --all
// keeps them; the machine formats always do.
func findings(gs []compare.Group) []compare.Group {
	out := make([]compare.Group, 0, len(gs))
	for _, g := range gs {
		if (g.Kind == facts.KindDate || g.Kind == facts.KindOrdinal) && g.Status != compare.StatusConflict {
			continue
		}
		out = append(out, g)
	}
	return out
}

func statusText(g compare.Group, short map[string]string, color bool) string {
	switch g.Status {
	case compare.StatusConflict:
		if color {
			return paint(conflictColor, "CONFLICT")
		}
		return "CONFLICT"
	case compare.StatusAgree:
		if color {
			return paint(agreeColor, "agree")
		}
		return "agree"
	case compare.StatusSingle:
		if len(g.Facts) > 0 {
			return "only in " + nameOf(short, g.Facts[0].Doc)
		}
		return "single"
	case compare.StatusNotComparable:
		return "not comparable"
	case compare.StatusReview:
		return "review"
	}
	return string(g.Status)
}

// reasons lists a group's disagreements (compare's reasons already name
// the documents, internal conflicts and likely updates).
func reasons(g compare.Group) string {
	var out []string
	for _, d := range append(g.Disagreements[:len(g.Disagreements):len(g.Disagreements)], g.Differences...) {
		if r := oneLine(d.Reason); r != "" && !contains(out, r) {
			out = append(out, r)
		}
	}
	return strings.Join(out, "; ")
}

// tableReason is the first reason of a group's disagreements, with the
// documents under their short names, and how many more there are: the
// table stays readable; csv and json keep every reason in full.
func tableReason(g compare.Group, short map[string]string) string {
	var out []string
	for _, d := range append(g.Disagreements[:len(g.Disagreements):len(g.Disagreements)], g.Differences...) {
		if r := oneLine(d.Reason); r != "" && !contains(out, r) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return ""
	}
	docs := make([]string, 0, len(short))
	for d := range short {
		docs = append(docs, d)
	}
	// Longest names first, so that no name is replaced inside another.
	sort.Slice(docs, func(i, j int) bool {
		return len(docs[i]) > len(docs[j]) || len(docs[i]) == len(docs[j]) && docs[i] < docs[j]
	})
	r := out[0]
	for _, d := range docs {
		r = strings.ReplaceAll(r, d, short[d])
	}
	if len(out) > 1 {
		r += fmt.Sprintf(" (+%d more)", len(out)-1)
	}
	return r
}

func nameOf(names map[string]string, doc string) string {
	if n, ok := names[doc]; ok {
		return n
	}
	return doc
}

// shortNames maps each document to its base name when those are all
// different, else to its name as given.
func shortNames(docs []string) map[string]string {
	m := map[string]string{}
	seen := map[string]bool{}
	for _, d := range docs {
		b := filepath.Base(d)
		if d == source.StdinName {
			b = d
		}
		if seen[b] {
			for _, d := range docs {
				m[d] = d
			}
			return m
		}
		seen[b] = true
		m[d] = b
	}
	return m
}
