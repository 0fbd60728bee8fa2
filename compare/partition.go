package compare

// Reports name the place of one event at whatever level suits them: the
// village, its county, the province, "southwest China". Across reports,
// two scopes of one measure are then often one place in other words, and
// reading them as two parts would hide the conflict of "14 dead" and "rose
// to 19". A scope tells parts apart when the story itself splits the
// measure by it: some report gives the measure for two scopes ("29 in the
// Eastern Cape and 62 in KwaZulu-Natal"). So two scopes across reports
// make a pair a difference to review only when one of them is such a part;
// within one report two scopes always do.

// measureKey is what one measure is across the items of a comparison: its
// block and its event, or else its head noun.
func measureKey(it *item) string {
	if it.event != "" {
		return it.dim + "|ev:" + it.event
	}
	if it.measure == "" {
		return ""
	}
	return it.dim + "|" + it.measure
}

// markPartitions records the scopes by which some report splits a measure:
// two claims of it, of one role and time, with two scopes and two values ("36 killed in
// Yunnan this month" beside the landslide's 23 is another period, not a
// part).
func (e *env) markPartitions(claims []*claim) {
	e.split = map[string]bool{}
	byKey := map[string][]*item{} // in one report: the claims' first items by measure
	for i, c := range claims {
		// what was asked before the parts were known (forming the
		// claims asks) is asked again (partitionedItem keeps the answer)
		for _, it := range c.items {
			it.split = 0
		}
		if c.copyOf != nil {
			continue // a copy's claims are those of its original
		}
		if i > 0 && claims[i-1].doc != c.doc {
			clear(byKey)
		}
		it := c.items[0]
		if it.scope == "" {
			continue // most figures name no scope: their key is not made
		}
		k := measureKey(it)
		if k == "" {
			continue
		}
		for _, o := range byKey[k] {
			// one figure under two names of its place (a headline's "17"
			// in the town, the body's at the stadium) is no split
			if o.time == it.time && o.role == it.role && scopesDiffer(o, it) && valueLevel(o, it) != 0 {
				e.split[k+"|"+o.scope] = true
				e.split[k+"|"+it.scope] = true
			}
		}
		byKey[k] = append(byKey[k], it)
	}
}

// partitioned reports whether some report of the story splits an item's
// measure by scope, its scope one of the parts.
func (e *env) partitioned(it *item) bool {
	return e != nil && e.split[measureKey(it)+"|"+it.scope]
}
