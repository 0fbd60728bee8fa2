package report

import (
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
	Docs  []extractSection
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
	value := opt.Value
	if value == nil {
		value = plainValue
	}
	names := make([]string, len(docs))
	for i, d := range docs {
		names[i] = d.Name
	}
	short := shortNames(names)
	counts := map[string]int{}
	p := extractPage{}
	for di, d := range docs {
		spans := make([]span, len(d.Facts))
		for i, f := range d.Facts {
			spans[i] = span{Start: f.Start, End: f.End, Status: string(f.Kind),
				ID: factID(di, i), Title: string(f.Kind) + subjectSuffix(f)}
		}
		pieces, anchors := layout(d.Name, di, d.Text, spans)
		sec := extractSection{Name: d.Name, Short: short[d.Name], Pieces: pieces}
		for i, f := range d.Facts {
			counts[string(f.Kind)]++
			id := factID(di, i)
			sec.Rows = append(sec.Rows, factRow{
				ID: id, Anchor: anchors[id], Line: f.Line, Kind: string(f.Kind),
				Text: strings.Join(strings.Fields(f.Text), " "), Value: value(f),
				Bound: string(f.Bound), Unit: f.Unit, Subject: f.Subject,
			})
		}
		p.Docs = append(p.Docs, sec)
	}
	for _, k := range []facts.Kind{facts.KindCount, facts.KindPercent, facts.KindMoney, facts.KindQuantity,
		facts.KindDuration, facts.KindAge, facts.KindDate, facts.KindOrdinal} {
		if n := counts[string(k)]; n > 0 {
			p.Kinds = append(p.Kinds, kindCount{Kind: string(k), Symbol: kindSymbols[string(k)], N: n})
		}
	}
	title := opt.Title
	if title == "" {
		if len(docs) == 1 {
			title = "figcheck: figures in " + short[docs[0].Name]
		} else {
			title = fmt.Sprintf("figcheck: figures in %d documents", len(docs))
		}
	}
	p.layoutData = newLayout(title, opt.Served)
	return render(w, "extract", p)
}

func factID(doc, fact int) string { return "d" + strconv.Itoa(doc) + "f" + strconv.Itoa(fact) }

func subjectSuffix(f facts.Fact) string {
	if f.Subject == "" {
		return ""
	}
	return " · " + f.Subject
}
