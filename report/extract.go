package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/figcheck/figcheck/facts"
)

// ExtractDoc is one document of an extraction with its facts.
type ExtractDoc struct {
	Doc
	Facts []facts.Fact
}

type extractPage struct {
	layoutData
	Kinds []kindCount
}

type extractSection struct {
	Name, Short string
	Pieces      []piece
	Rows        []factRow
}

type factRow struct {
	ID, Anchor                              string
	Line                                    int
	Kind, Text, Value, Bound, Unit, Subject string
}

type kindCount struct {
	Kind, Symbol string
	N            int
}

// Extract writes the page of an extraction: each document with its figures
// highlighted (data-status is the fact's kind) and a table of its facts.
func Extract(w io.Writer, docs []ExtractDoc, opt Options) error {
	p := NewExtractPage(opt)
	var sections bytes.Buffer
	for _, d := range docs {
		if err := p.Section(&sections, d); err != nil {
			return err
		}
	}
	return p.Write(w, &sections)
}

// An ExtractPage writes the page of Extract one document at a time, so
// that only one document and its facts need be in hand: Section renders a
// document's section as it comes, and Write writes the page, whose top
// (title, counts of each kind) and section headings (names made short
// when all differ) need every document, and then the sections as they
// were rendered.
type ExtractPage struct {
	opt    Options
	value  func(facts.Fact) string
	names  []string
	sizes  []int64 // of each section, as rendered
	counts map[string]int
}

// NewExtractPage returns the page of an extraction with options opt, no
// document in it yet.
func NewExtractPage(opt Options) *ExtractPage {
	value := opt.Value
	if value == nil {
		value = plainValue
	}
	return &ExtractPage{opt: opt, value: value, counts: map[string]int{}}
}

// Section writes the section of the next document to w (its text with
// its figures highlighted, and the table of its facts), but its heading.
func (p *ExtractPage) Section(w io.Writer, d ExtractDoc) error {
	di := len(p.names)
	spans := make([]span, len(d.Facts))
	for i, f := range d.Facts {
		spans[i] = span{Start: f.Start, End: f.End, Status: string(f.Kind),
			ID: factID(di, i), Title: string(f.Kind) + subjectSuffix(f)}
	}
	pieces, anchors := layout(d.Name, di, d.Text, spans)
	sec := extractSection{Pieces: pieces}
	for i, f := range d.Facts {
		p.counts[string(f.Kind)]++
		id := factID(di, i)
		sec.Rows = append(sec.Rows, factRow{
			ID: id, Anchor: anchors[id], Line: f.Line, Kind: string(f.Kind),
			Text: strings.Join(strings.Fields(f.Text), " "), Value: p.value(f),
			Bound: string(f.Bound), Unit: f.Unit, Subject: f.Subject,
		})
	}
	cw := &countingWriter{w: w}
	err := render(cw, "extract-section", sec)
	p.names = append(p.names, d.Name)
	p.sizes = append(p.sizes, cw.n)
	return err
}

// Write writes the page to w: its top, then each section read from
// sections (what Section wrote, in order) after its heading.
func (p *ExtractPage) Write(w io.Writer, sections io.Reader) error {
	short := shortNames(p.names)
	var page extractPage
	for _, k := range []facts.Kind{facts.KindCount, facts.KindPercent, facts.KindMoney, facts.KindQuantity,
		facts.KindDuration, facts.KindAge, facts.KindDate, facts.KindOrdinal} {
		if n := p.counts[string(k)]; n > 0 {
			page.Kinds = append(page.Kinds, kindCount{Kind: string(k), Symbol: kindSymbols[string(k)], N: n})
		}
	}
	title := p.opt.Title
	if title == "" {
		if len(p.names) == 1 {
			title = "figcheck: figures in " + short[p.names[0]]
		} else {
			title = fmt.Sprintf("figcheck: figures in %d documents", len(p.names))
		}
	}
	page.layoutData = newLayout(title, p.opt.Served)
	if err := render(w, "extract-top", page); err != nil {
		return err
	}
	for i, name := range p.names {
		if err := render(w, "extract-heading", extractSection{Name: name, Short: short[name]}); err != nil {
			return err
		}
		if _, err := io.CopyN(w, sections, p.sizes[i]); err != nil {
			return err
		}
	}
	return render(w, "foot", page)
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

func factID(doc, fact int) string { return "d" + strconv.Itoa(doc) + "f" + strconv.Itoa(fact) }

func subjectSuffix(f facts.Fact) string {
	if f.Subject == "" {
		return ""
	}
	return " · " + f.Subject
}
