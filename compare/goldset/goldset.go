// Package goldset reads the comparer's gold story sets and scores a
// comparison against them.
//
// A set is a folder of reports (*.txt) of one story and a gold.json naming
// pairs of figures by their text: pairs that cannot both be true
// (disagree), that state one figure consistently (agree), that are the same
// measure with another scope or time (review), that are different things
// (separate), and that are one thing in units that do not convert
// (not_comparable). The scorer reports what the issue tracker measures: the
// share of planted conflicts flagged, the share of consistent pairs aligned
// in one row without a disagreement, and the share of conflict rows that
// are false alarms (no planted conflict among their disagreements).
package goldset

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Pair is one line of gold.json: two stretches of text, the k-th occurrence
// of each (1-based; 0 means 1).
type Pair struct {
	A      string `json:"a"`
	AText  string `json:"a_text"`
	AOcc   int    `json:"a_occurrence"`
	B      string `json:"b"`
	BText  string `json:"b_text"`
	BOcc   int    `json:"b_occurrence"`
	Why    string `json:"why"`
	Update bool   `json:"update"`
}

// Label says what a gold pair is.
type Label string

// The labels of gold.json.
const (
	Disagree      Label = "disagree"
	Agree         Label = "agree"
	Review        Label = "review"
	Separate      Label = "separate"
	NotComparable Label = "not_comparable"
)

// Doc is one report of a set.
type Doc struct {
	Name string
	Text []byte
}

// Span is a stretch of one report.
type Span struct {
	Doc        string
	Start, End int
}

// Overlaps reports whether the byte range [start, end) of doc meets s.
func (s Span) Overlaps(doc string, start, end int) bool {
	return doc == s.Doc && start < s.End && s.Start < end
}

// Labelled is a gold pair located in its reports.
type Labelled struct {
	Label Label
	A, B  Span
	Pair  Pair
}

// Set is one story set.
type Set struct {
	Name  string
	Story string
	Docs  []Doc
	Pairs []Labelled
}

type goldFile struct {
	Story string `json:"story"`
	// ReportDir and Reports name reports kept outside the set's folder
	// (real articles that stay in ../shared, under their licence):
	// ReportDir is relative to the folder of gold.json.
	ReportDir     string   `json:"report_dir"`
	Reports       []string `json:"reports"`
	Disagree      []Pair   `json:"disagree"`
	Agree         []Pair   `json:"agree"`
	Review        []Pair   `json:"review"`
	Separate      []Pair   `json:"separate"`
	NotComparable []Pair   `json:"not_comparable"`
}

// Load reads the set in dir. A gold text that cannot be found in its
// report is an error.
func Load(dir string) (*Set, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return nil, err
	}
	var g goldFile
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(dir, "gold.json"), err)
	}
	set := &Set{Name: filepath.Base(dir), Story: g.Story}
	names, err := reportPaths(dir, g)
	if err != nil {
		return nil, err
	}
	for _, p := range names {
		b, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) && g.ReportDir != "" {
			return nil, fmt.Errorf("%s: %w", p, ErrReportsAbsent)
		}
		if err != nil {
			return nil, err
		}
		set.Docs = append(set.Docs, Doc{Name: filepath.Base(p), Text: b})
	}
	for _, part := range []struct {
		l     Label
		pairs []Pair
	}{{Disagree, g.Disagree}, {Agree, g.Agree}, {Review, g.Review}, {Separate, g.Separate}, {NotComparable, g.NotComparable}} {
		for _, p := range part.pairs {
			a, err := set.Locate(p.A, p.AText, p.AOcc)
			if err != nil {
				return nil, err
			}
			b, err := set.Locate(p.B, p.BText, p.BOcc)
			if err != nil {
				return nil, err
			}
			set.Pairs = append(set.Pairs, Labelled{part.l, a, b, p})
		}
	}
	return set, nil
}

// ErrReportsAbsent says that a set's reports live outside the repository
// (report_dir) and are not there: a test skips rather than fails.
var ErrReportsAbsent = errors.New("reports kept outside the repository are absent")

// reportPaths lists the reports of a set: the files gold.json names under
// its report_dir, or else every *.txt beside it, in name order.
func reportPaths(dir string, g goldFile) ([]string, error) {
	if g.ReportDir == "" {
		names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		sort.Strings(names)
		return names, err
	}
	if len(g.Reports) == 0 {
		return nil, fmt.Errorf("%s: report_dir without reports", filepath.Join(dir, "gold.json"))
	}
	names := make([]string, len(g.Reports))
	for i, r := range g.Reports {
		if r != filepath.Base(r) {
			return nil, fmt.Errorf("%s: report %q is not a plain file name", filepath.Join(dir, "gold.json"), r)
		}
		names[i] = filepath.Join(dir, g.ReportDir, r)
	}
	return names, nil
}

// LoadAll reads every set below root (each folder holding a gold.json), in
// name order. No set at all is an error: the sets are part of the
// repository, so an empty root is a broken path.
func LoadAll(root string) ([]*Set, error) {
	paths, _ := filepath.Glob(filepath.Join(root, "*", "gold.json"))
	if len(paths) == 0 {
		return nil, fmt.Errorf("no gold sets in %s", root)
	}
	sort.Strings(paths)
	var out []*Set
	for _, p := range paths {
		s, err := Load(filepath.Dir(p))
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Locate finds the occ-th occurrence (1-based) of text in report doc.
func (s *Set) Locate(doc, text string, occ int) (Span, error) {
	var t string
	found := false
	for _, d := range s.Docs {
		if d.Name == doc {
			t, found = string(d.Text), true
		}
	}
	if !found {
		return Span{}, fmt.Errorf("%s: no report %q", s.Name, doc)
	}
	if text == "" {
		return Span{}, fmt.Errorf("%s: empty text for %s", s.Name, doc)
	}
	occ = max(occ, 1)
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(t[from:], text)
		if i < 0 {
			return Span{}, fmt.Errorf("%s: %q (occurrence %d) not in %s", s.Name, text, occ, doc)
		}
		if k == occ {
			return Span{doc, from + i, from + i + len(text)}, nil
		}
		from += i + 1
	}
}

// Text returns the text of a span.
func (s *Set) Text(sp Span) string {
	for _, d := range s.Docs {
		if d.Name == sp.Doc {
			return string(d.Text[sp.Start:sp.End])
		}
	}
	return ""
}
