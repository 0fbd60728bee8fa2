// Package facts turns news text into typed facts: every figure in an article
// with its kind, value, interval, unit, change, what it counts and where it
// stands.
//
// The pipeline is small and linear: the text is split into sentences, each
// sentence into tokens that keep their byte offsets in the original input
// (normalising each token with golang.org/x/text, never the whole input), a
// number parser reads numerals and written numbers into spans, and a list of
// rules (one value per rule, each behind the Rule interface) turns spans into
// facts. Word lists, units, currencies and event words live in lexicon.go.
package facts

// Kind says what sort of figure a fact is.
type Kind string

// The kinds of fact. SPEC.md names them; the comparer aligns only facts of
// one kind.
const (
	KindCount    Kind = "count"
	KindPercent  Kind = "percent"
	KindMoney    Kind = "money"
	KindQuantity Kind = "quantity"
	KindDuration Kind = "duration"
	KindDate     Kind = "date"
	KindOrdinal  Kind = "ordinal"
	// KindAge is a person's age: "a 34-year-old man", "aged 34".
	KindAge Kind = "age"
)

// Bound says how the wording qualifies a figure.
type Bound string

// The bounds of SPEC.md.
const (
	BoundExact    Bound = "exact"
	BoundApprox   Bound = "approx"
	BoundAtLeast  Bound = "at_least"
	BoundMoreThan Bound = "more_than"
	BoundAtMost   Bound = "at_most"
	BoundLessThan Bound = "less_than"
	BoundRange    Bound = "range"
)

// TimeEarlier is the Time of a figure given before and superseded since:
// "not 19 as first reported", "police initially said 15", "an earlier toll
// of 12", "2.1% in the first estimate".
const TimeEarlier = "earlier"

// A vote's tally is two counts of votes, each with its side as the Scope
// ("ruled 7-2": 7 ScopeFor, 2 ScopeAgainst); its majority ("a majority of
// 22") is a count of MeasureMajority.
const (
	ScopeFor        = "for"
	ScopeAgainst    = "against"
	MeasureMajority = "majority"
)

// MeasureCounted is the measure of a percentage of an election count done
// ("with 97.7% of ballots counted"): no side's share of the vote.
const MeasureCounted = countedMeasure

// Fact is one figure found in a document. Value, Low and High are nil where
// SPEC.md says null: Value for dates, Low or High for an unbounded side.
type Fact struct {
	Type  string   `json:"type"` // always "fact"
	Doc   string   `json:"doc"`
	Kind  Kind     `json:"kind"`
	Value *float64 `json:"value"`
	Low   *float64 `json:"low"`
	High  *float64 `json:"high"`
	Bound Bound    `json:"bound"`
	// Change is "up" or "down" where the figure is, or comes with, a change;
	// ChangeRole says how: "by" (the amount of change: rose 3%), "to" (the
	// new level: rose to 31) or "from" (the old level: down from 3.8%).
	Change     *string `json:"change"`
	ChangeRole string  `json:"change_role,omitempty"`
	// From is the level a change started from, where the sentence gives it.
	From *float64 `json:"from,omitempty"`
	Unit string   `json:"unit"`
	// Dimension is the unit's dimension (length, mass, currency…); BaseValue,
	// BaseLow and BaseHigh are Value, Low and High in the dimension's base
	// unit (km→m, mi→m, t→kg, °F→°C), so that facts compare across units.
	Dimension string   `json:"dimension,omitempty"`
	BaseUnit  string   `json:"base_unit,omitempty"`
	BaseValue *float64 `json:"base_value,omitempty"`
	BaseLow   *float64 `json:"base_low,omitempty"`
	BaseHigh  *float64 `json:"base_high,omitempty"`
	Subject   string   `json:"subject"`
	// Event is the canonical event word of the subject (killed, injured,
	// missing, shot down…), empty when there is none.
	Event    string `json:"event,omitempty"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Line     int    `json:"line"`
	Sentence string `json:"sentence"`
	Date     string `json:"date,omitempty"`
	// Precision is the step of the last stated digit, scale included: 0.1e9
	// for "$4.9bn", 1 for "25", 100 for "1,200" (trailing zeros may be
	// rounding), 0 for a fraction word. The comparer decides how far to
	// trust it.
	Precision float64 `json:"precision,omitempty"`
	// WrittenValue and WrittenUnit are the figure as written where the
	// normalised one differs from it: "50 cents" is 0.5 USD, written 50
	// cent; "30p" is 0.3 GBP, written 30 penny. Both are kept so that the
	// reader sees the figure of the text and the comparer the money.
	WrittenValue *float64 `json:"written_value,omitempty"`
	WrittenUnit  string   `json:"written_unit,omitempty"`
	// Confidence in [0,1]: 1 for a figure read without doubt; lower where a
	// rule had to guess (a bare number with no counted noun, say).
	Confidence float64 `json:"confidence"`
	// Uncertain marks a figure the extractor is unsure of; it is kept, never
	// guessed silently.
	Uncertain bool   `json:"uncertain,omitempty"`
	Rule      string `json:"rule,omitempty"`

	// The figure's frame: what the comparer needs beyond the subject string
	// to tell whether two figures of two reports speak of the same thing.
	// Each is empty when the sentence does not say.
	//
	// Measure is the head of what is counted or measured, lower case and
	// singular ("people", "job", "rate", "delivery"), or the event word when
	// the figure counts an event with no noun ("killed").
	Measure string `json:"measure,omitempty"`
	// Scope is the place, organisation, group or side the figure is about
	// ("north", "second site", "no", "a321 family", "kherson province").
	Scope string `json:"scope,omitempty"`
	// Time is the period the figure is about, as written but normalised
	// ("2024-Q2", "2023", "XXXX-03", "previous year", "so far"); a figure
	// "a year earlier" is "previous year".
	// A figure the sentence gives as said before and superseded since
	// ("not 19 as first reported", "an earlier toll of 12") is TimeEarlier.
	Time string `json:"time,omitempty"`
	// Role is "level" (a state: 31 dead, 5.25%), "change" (the amount of a
	// change: rose 3%), "from" (the level a change started from) or "share"
	// (a part of a whole: 55% of voters, six of nine carriages).
	Role string `json:"role,omitempty"`
	// Source is who gives the figure where the sentence says ("police",
	// "organisers", "the ministry").
	Source string `json:"source,omitempty"`
	// Modality is "forecast" for a figure the sentence gives as expected,
	// forecast, projected or aimed at ("now expects to carry 46 million
	// passengers", "an earlier forecast of 44 million"), not as what is;
	// empty otherwise.
	Modality string `json:"modality,omitempty"`
	// ChangeBase is the period a change is measured over, where the
	// sentence says: "year" ("rose 4.0% from a year earlier", "year on
	// year", "in the 12 months to March"), "quarter" ("on the quarter",
	// "quarter-on-quarter") or "month" ("0.3% on the month", "from the
	// previous month"). A change over a year and one over a month are two
	// measures, whatever their figures.
	ChangeBase string `json:"change_base,omitempty"`
}
