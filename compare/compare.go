// Package compare lines up the facts of several reports of one story and
// flags the figures that cannot all be true.
package compare

import "github.com/figcheck/figcheck/facts"

// Doc is one report: its name and the facts extracted from it.
type Doc struct {
	Name  string
	Facts []facts.Fact
	// Date is the report's publication date (ISO-8601) when known, "" if not;
	// it tells which of two disagreeing reports is later.
	Date string
}

// Options tune alignment and consistency.
type Options struct {
	// Threshold is the least subject similarity (0..1) for two facts to be
	// about the same thing. Zero means the default.
	Threshold float64
	// ApproxTolerance is the relative width given to an approximate figure
	// (about 19% covers 19×(1±tol)). Zero means the default.
	ApproxTolerance float64
}

// Status of an aligned group.
type Status string

// The statuses of SPEC.md, plus not_comparable (same thing, units that do not
// convert, such as USD and EUR).
const (
	StatusConflict      Status = "conflict"
	StatusAgree         Status = "agree"
	StatusSingle        Status = "single"
	StatusNotComparable Status = "not_comparable"
)

// Disagreement is a pair of facts of a group that cannot both be true.
type Disagreement struct {
	A      int    `json:"a"`
	B      int    `json:"b"`
	Reason string `json:"reason"`
	// Internal is set when both facts come from one document.
	Internal bool `json:"internal,omitempty"`
	// Update is set when the difference looks like a later report updating
	// an earlier one (a toll that "rose to", a later date); Later names the
	// later document when that is known.
	Update bool   `json:"update,omitempty"`
	Later  string `json:"later,omitempty"`
}

// Group is a set of facts, from one or more documents, about the same thing.
type Group struct {
	Type          string         `json:"type"` // always "group"
	Key           string         `json:"key"`
	Kind          facts.Kind     `json:"kind"`
	Unit          string         `json:"unit"`
	Status        Status         `json:"status"`
	Facts         []facts.Fact   `json:"facts"`
	Disagreements []Disagreement `json:"disagreements"`
}

// Result is the outcome of a comparison: groups sorted conflicts first, then
// not comparable, agreements, singles; within a status by key.
type Result struct {
	Docs   []string `json:"docs"`
	Groups []Group  `json:"groups"`
}

// Compare aligns the facts of docs and checks each group for consistency.
func Compare(docs []Doc, opt Options) Result {
	return Result{Groups: []Group{}}
}

// Check narrows r to what matters for doc: the groups where one of doc's
// facts disagrees with another document's, and the groups where a fact of
// doc stands alone (no reference supports it).
func (r Result) Check(doc string) Result {
	return r
}

// HasConflict reports whether any group has a disagreement.
func (r Result) HasConflict() bool {
	for _, g := range r.Groups {
		if len(g.Disagreements) > 0 {
			return true
		}
	}
	return false
}
