package compare

// Training support: what compare/fit needs to fit the model's weights on
// gold story sets, kept beside the comparisons it measures.

// FactRef names one fact of a comparison: its document, its index among
// that document's facts, and the claim it is a mention of (mentions of one
// figure in one report share a claim).
type FactRef struct {
	Doc, Fact, Claim int
}

// PairLevels is a candidate pair of facts of two documents with the level
// of each comparison, in the order of ComparisonNames.
type PairLevels struct {
	A, B   FactRef
	Levels []int
	// Measures are what the comparer reads as each fact's measure (a
	// canonical stem; "ev:killed" for people counted by an event), for a
	// reader of the fit.
	Measures [2]string
}

// CandidatePairs returns every pair of facts that Compare would score: facts
// of different documents in one block (same kind and dimension), dates
// aside, with their comparison levels.
func CandidatePairs(docs []Doc, opt Options) []PairLevels {
	opt = opt.withDefaults()
	items, _ := prepareAll(docs, opt)
	refs := make([]FactRef, len(items))
	k := 0
	for d, doc := range docs {
		for i := range doc.Facts {
			refs[k] = FactRef{Doc: d, Fact: i, Claim: items[k].claim}
			k++
		}
	}
	var out []PairLevels
	for i, a := range items {
		for j := i + 1; j < len(items); j++ {
			b := items[j]
			if a.doc == b.doc || a.dim != b.dim || a.dim == "date" {
				continue
			}
			out = append(out, PairLevels{A: refs[i], B: refs[j], Levels: levels(a, b, nil), Measures: [2]string{a.measure, b.measure}})
		}
	}
	return out
}
