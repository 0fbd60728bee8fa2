package compare

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// A report's main figure of an event is the first it gives: wire copy and
// its rewrites lead with the death toll, and a later report leads with the
// toll as it now stands ("The death toll rose to six"), often in words that
// share nothing with the first report's ("The storm killed two people").
// Two reports' main figures of one event, neither of them about a named
// part (a province, a city), are the same thing however they are worded;
// joinMainFigures puts their groups together when the scoring left them
// apart, so that an update or a disagreement on the headline figure is
// seen.

// mainEvents are the events whose figure a report leads with.
var mainEvents = map[string]bool{
	"killed": true, "injured": true, "missing": true, "arrested": true, "evacuated": true,
	"displaced": true, "rescued": true, "hospitalised": true,
}

// tallyMeasures are the measures without an event word whose level an
// outbreak's or a disaster's report leads with as it stands that day:
// "20 confirmed cases", "46 cases have been confirmed", "1,146 contacts".
var tallyMeasures = map[string]bool{
	"case": true, "infection": true, "contact": true, "patient": true,
	"building": true, "home": true, "house": true, "structure": true,
}

// mainKey is the event and block of a claim that is its report's main
// figure of that event (or of a tally measure), or "" if it is not one.
func mainKeys(claims []*claim) map[*claim]string {
	out := map[*claim]string{}
	seen := map[string]bool{} // doc|dim|event already given its main figure
	for _, c := range claims {
		it := c.items[0]
		if it.role != "level" {
			continue // "15 more miners were rescued" is no level
		}
		what, main := it.event, it.event != "" && mainEvents[it.event]
		if what == "" && tallyMeasures[it.measure] {
			what, main = "measure "+it.measure, true
		}
		if !main {
			continue
		}
		place := placeKey(it.scope)
		k := string(rune(c.doc)) + "|" + c.dim + "|" + what + "|" + place
		if seen[k] {
			continue
		}
		seen[k] = true
		if (it.time == "" || vagueTimes[it.time]) && it.hasIv && (it.scope == "" || place != "") {
			// (a vague time, "so far", "today", is the toll as it
			// stands, as the plain one is: "nine people have died so
			// far" leads a later report of the outbreak)
			// one story's main figures meet, never another's, and a
			// place's main figure only that place's ("at least 912
			// people were killed" in Turkey, "3,549 deaths have been
			// reported in Turkey"; not the nation's toll)
			out[c] = strconv.Itoa(int(it.env.storyOf(c.doc))) + "|" + c.dim + "|" + what + "|" + place
		}
	}
	return out
}

// placeKey is the name a scope gives its place by: its last word that is
// no word of a place's kind or position ("pakistan's northern city of
// peshawar" and "peshawar" are both peshawar, "gansu province" gansu), or
// "" for no scope, one that names no place by name, or one that names
// two.
func placeKey(scope string) string {
	if strings.Contains(scope, " and ") || strings.Contains(scope, ",") {
		return "" // "turkey and syria": two places, no one's main figure
	}
	words := strings.Fields(scope)
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.TrimSuffix(strings.TrimSuffix(words[i], "'s"), "’s")
		if !placeKindWords[w] {
			return w
		}
	}
	return ""
}

// placeKindWords say what kind of place a scope is, or where in it, not
// which: "the city of", "province", "northern". The kinds are
// anaphoricScopes' (a scope that is only one names no place by name).
var placeKindWords = func() map[string]bool {
	m := map[string]bool{
		"the": true, "of": true, "in": true, "republic": true, "areas": true,
		"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
		"north": true, "south": true, "east": true, "west": true, "neighbouring": true, "neighboring": true,
	}
	for w := range anaphoricScopes {
		m[w] = true
	}
	return m
}()

// joinMainFigures merges the groups that hold reports' main figures of one
// event, largest group first, while no report would have two claims in the
// merged group and the figures are within ten times one another.
func joinMainFigures(groups [][]*claim, claims []*claim, docs []Doc) [][]*claim {
	keys := mainKeys(claims)
	byKey := map[string][]int{} // key → groups holding a main figure of it
	for gi, g := range groups {
		for _, c := range g {
			if k, ok := keys[c]; ok {
				if l := byKey[k]; len(l) == 0 || l[len(l)-1] != gi {
					byKey[k] = append(byKey[k], gi)
				}
			}
		}
	}
	merged := make([]bool, len(groups))
	keyOrder := make([]string, 0, len(byKey))
	for k := range byKey {
		keyOrder = append(keyOrder, k)
	}
	slices.Sort(keyOrder) // a map's order would make the result vary from run to run
	for _, k := range keyOrder {
		gis := byKey[k]
		if len(gis) < 2 {
			continue
		}
		// the largest group first, then by content (the report name and
		// offset of its first claim), never by the order of the input
		slices.SortFunc(gis, func(x, y int) int {
			return cmp.Or(cmp.Compare(len(groups[y]), len(groups[x])), compareClaims(firstClaim(groups[x], docs), firstClaim(groups[y], docs), docs))
		})
		best := gis[0]
		into := groups[best]
		for _, gi := range gis {
			if gi == best || merged[gi] || merged[best] || !sameMain(into, groups[gi], keys) {
				continue
			}
			// A report's main figure displaces a lesser claim of that
			// report the scoring put in the group ("including two
			// people who died of carbon monoxide poisoning" beside the
			// other reports' toll of two).
			kept, evicted, ok := displace(into, groups[gi], keys)
			if !ok {
				continue
			}
			into = append(kept, groups[gi]...)
			for _, c := range evicted {
				groups = append(groups, []*claim{c})
				merged = append(merged, false)
			}
			merged[gi] = true
		}
		groups[best] = into
	}
	out := groups[:0]
	for gi, g := range groups {
		if !merged[gi] {
			out = append(out, g)
		}
	}
	return out
}

// displace returns the claims of a group that may stay beside another
// group's claims, and those that must leave: a report with claims in both
// keeps the other group's only if that is its main figure and none of its
// claims in the group is. ok is false when a report's claims cannot be
// settled so.
func displace(into, other []*claim, keys map[*claim]string) (kept, evicted []*claim, ok bool) {
	for _, x := range into {
		clash := false
		for _, y := range other {
			if x.doc != y.doc {
				continue
			}
			_, xMain := keys[x]
			_, yMain := keys[y]
			if xMain || !yMain {
				return nil, nil, false
			}
			clash = true
		}
		if clash {
			evicted = append(evicted, x)
		} else {
			kept = append(kept, x)
		}
	}
	return kept, evicted, true
}

// sameMain reports whether the main figures of two groups can be one
// count: within ten times one another, and nothing they say of whom they
// count apart ("civilians killed" and "soldiers killed", "children killed"
// and "people killed" stay apart).
func sameMain(a, b []*claim, keys map[*claim]string) bool {
	for _, x := range a {
		if _, ok := keys[x]; !ok {
			continue
		}
		for _, y := range b {
			if _, ok := keys[y]; !ok {
				continue
			}
			p, q := x.items[0], y.items[0]
			if valueLevel(p, q) > 4 || measureLevel(p, q) > 2 || clash(p, q) {
				return false
			}
		}
	}
	return true
}

// firstClaim is a group's first claim in report-name and offset order
// (compareClaims).
func firstClaim(g []*claim, docs []Doc) *claim {
	return slices.MinFunc(g, func(a, b *claim) int { return compareClaims(a, b, docs) })
}
