package compare_test

import (
	"fmt"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
)

func ptr(x float64) *float64 { return &x }

// count builds an exact count, as the extractor would.
func count(text, subject, event string, v float64) facts.Fact {
	return facts.Fact{Type: "fact", Kind: facts.KindCount, Value: ptr(v), Low: ptr(v), High: ptr(v),
		Bound: facts.BoundExact, Subject: subject, Event: event, Text: text, End: len(text)}
}

// Two reports of one attack disagree on the death toll; they agree on how
// much of Ukraine is occupied, though one rounds and the other hedges.
func Example() {
	up := "up"
	toll := count("the death toll rose to 31", "people killed", "killed", 31)
	toll.Change, toll.ChangeRole = &up, "to"

	share := facts.Fact{Type: "fact", Kind: facts.KindPercent, Value: ptr(19), Low: ptr(19), High: ptr(19),
		Bound: facts.BoundExact, Unit: "%", Subject: "Ukraine's territory", Text: "19%"}
	fifth := facts.Fact{Type: "fact", Kind: facts.KindPercent, Value: ptr(20), Low: ptr(20), High: ptr(20),
		Bound: facts.BoundApprox, Unit: "%", Subject: "Ukrainian land", Text: "nearly a fifth"}

	docs := []compare.Doc{
		{Name: "wire.txt", Facts: []facts.Fact{count("killed 25 people", "people killed", "killed", 25), share}},
		{Name: "paper.txt", Facts: []facts.Fact{toll, fifth}},
	}
	res := compare.Compare(docs, compare.Options{})
	for _, g := range res.Groups {
		fmt.Printf("%s: %s\n", g.Status, g.Key)
		for _, d := range g.Disagreements {
			fmt.Printf("  %s %q vs %s %q: %s\n", g.Facts[d.A].Doc, g.Facts[d.A].Text,
				g.Facts[d.B].Doc, g.Facts[d.B].Text, d.Reason)
			fmt.Printf("  update: %v, later: %s\n", d.Update, d.Later)
		}
	}
	fmt.Println("conflict:", res.HasConflict())
	// Output:
	// conflict: count · people killed
	//   wire.txt "killed 25 people" vs paper.txt "the death toll rose to 31": linked by killed; 31 is outside "killed 25 people" (exact); likely an update, paper.txt being later
	//   update: true, later: paper.txt
	// agree: percent · ukraine's territory
	// conflict: true
}
