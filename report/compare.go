package report

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/figcheck/figcheck/compare"
)

type comparePage struct {
	layoutData
	Docs     []docColumn
	Findings findingTable // conflicts, review, not comparable, agreements
	Singles  findingTable // figures only one report gives, folded away
	Summary  []summaryItem
	Check    string // the NEW document's short name, for a check
}

type docColumn struct {
	Name, Short string
	Pieces      []piece
	Marks       int
}

// finding is one row of the findings table: one group.
type finding struct {
	ID      string // "g" and the group's index in the JSON output
	Status  string
	Key     string
	Figures [][]figureLink // per document, in column order
	Reasons []string
}

// findingTable is a table of findings over the documents' columns.
type findingTable struct {
	Docs []docColumn
	Rows []finding
}

type figureLink struct {
	Text, Anchor string
}

type summaryItem struct {
	Status string
	N      int
}

// Compare writes the page of a comparison (or a check, with opt.Check):
// res as compare.Compare made it, docs the documents it compared, whose
// texts the facts' offsets index.
func Compare(w io.Writer, res compare.Result, docs []Doc, opt Options) error {
	texts := map[string][]byte{}
	for _, d := range docs {
		texts[d.Name] = d.Text
	}
	short := shortNames(res.Docs)
	docIdx := map[string]int{}
	for i, n := range res.Docs {
		docIdx[n] = i
	}
	why := make([][]string, len(res.Groups))
	for gi, g := range res.Groups {
		why[gi] = reasons(g, short)
	}

	p := comparePage{}
	var anchors []map[string]string
	p.Docs, anchors = columns(res, texts, short, docIdx, why)
	all := findings(res, docIdx, anchors, why)
	p.Findings.Docs, p.Singles.Docs = p.Docs, p.Docs
	for _, fd := range all {
		if fd.Status == string(compare.StatusSingle) {
			p.Singles.Rows = append(p.Singles.Rows, fd)
		} else {
			p.Findings.Rows = append(p.Findings.Rows, fd)
		}
	}
	p.Summary = summary(res.Groups)

	title := opt.Title
	if opt.Check != "" {
		p.Check = short[opt.Check]
		if title == "" {
			title = fmt.Sprintf("figcheck: %s checked against %d report%s", p.Check, len(res.Docs)-1, plural(len(res.Docs)-1))
		}
	}
	if title == "" {
		title = fmt.Sprintf("figcheck: %d reports compared", len(res.Docs))
	}
	p.layoutData = newLayout(title, opt.Served)
	return render(w, "compare", p)
}

// columns lays out each document with its figures marked by their group's
// status; anchors maps, per document, "gN@start" to the mark showing it.
func columns(res compare.Result, texts map[string][]byte, short map[string]string, docIdx map[string]int, why [][]string) ([]docColumn, []map[string]string) {
	spans := make([][]span, len(res.Docs))
	for gi, g := range res.Groups {
		id := "g" + strconv.Itoa(gi)
		title := statusOf(string(g.Status)).Label + " · " + g.Key
		if len(why[gi]) > 0 {
			title += "\n" + why[gi][0] // the tooltip's second line
		}
		for _, f := range g.Facts {
			if i, ok := docIdx[f.Doc]; ok {
				spans[i] = append(spans[i], span{Start: f.Start, End: f.End, Status: string(g.Status), ID: id, Title: title})
			}
		}
	}
	cols := make([]docColumn, len(res.Docs))
	anchors := make([]map[string]string, len(res.Docs))
	for i, name := range res.Docs {
		pieces, a := layout(name, i, texts[name], spans[i])
		anchors[i] = a
		marks := 0
		for _, pc := range pieces {
			if pc.Mark != nil {
				marks++
			}
		}
		cols[i] = docColumn{Name: name, Short: short[name], Pieces: pieces, Marks: marks}
	}
	return cols, anchors
}

// findings makes one row per group, in the order of the findings table:
// each document's figures as written (once each), linked to their marks,
// and the reasons.
func findings(res compare.Result, docIdx map[string]int, anchors []map[string]string, why [][]string) []finding {
	var all []finding
	for gi, g := range res.Groups {
		id := "g" + strconv.Itoa(gi)
		fd := finding{ID: id, Status: string(g.Status), Key: g.Key, Figures: make([][]figureLink, len(res.Docs)), Reasons: why[gi]}
		for _, f := range g.Facts {
			i, ok := docIdx[f.Doc]
			if !ok {
				continue
			}
			text := strings.Join(strings.Fields(f.Text), " ")
			dup := false
			for _, l := range fd.Figures[i] {
				dup = dup || l.Text == text
			}
			if !dup {
				fd.Figures[i] = append(fd.Figures[i], figureLink{Text: text, Anchor: anchors[i][id+"@"+strconv.Itoa(f.Start)]})
			}
		}
		all = append(all, fd)
	}
	sort.SliceStable(all, func(i, j int) bool {
		return statusOf(all[i].Status).Order < statusOf(all[j].Status).Order
	})
	return all
}

// summary counts the groups of each status: the known ones in their order,
// then any other.
func summary(groups []compare.Group) []summaryItem {
	counts := map[string]int{}
	for _, g := range groups {
		counts[string(g.Status)]++
	}
	var out []summaryItem
	for _, s := range statusOrder {
		out = append(out, summaryItem{Status: s, N: counts[s]})
		delete(counts, s)
	}
	var others []string
	for s := range counts {
		others = append(others, s)
	}
	sort.Strings(others)
	for _, s := range others {
		out = append(out, summaryItem{Status: s, N: counts[s]})
	}
	return out
}

// reasons lists why a group is flagged: its disagreements, then (for a
// group to review) its differences, each once, documents under their
// short names.
func reasons(g compare.Group, short map[string]string) []string {
	var out []string
	names := make([]string, 0, len(short))
	for n := range short {
		names = append(names, n)
	}
	// Longest names first, so that no name is replaced inside another.
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	for _, d := range append(append([]compare.Disagreement{}, g.Disagreements...), g.Differences...) {
		r := strings.Join(strings.Fields(d.Reason), " ")
		for _, n := range names {
			if n != short[n] {
				r = strings.ReplaceAll(r, n, short[n])
			}
		}
		if r != "" && !contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
