package compare

import (
	"strings"

	"github.com/figcheck/figcheck/facts"
)

// A market's price moves all day: one report gives Brent at $84.22 "by
// 0900 GMT", another at $84.80 "by 1 p.m. EDT", a third the shares "up
// 3.2%" at noon and a fourth "up 4.5%" at the close. Two reports' figures
// of a traded price (and of its move) are two moments of it unless both
// give the close or the same time: a difference to review, not a
// disagreement. Measured on the real development sets of round 12, where
// the price rows of an oil story and a takeover's share moves were all
// false alarms.

// marketMeasures are the heads of what a market prices: a figure whose
// measure or subject holds one is a traded price or its move.
var marketMeasures = map[string]bool{
	"crude": true, "oil": true, "brent": true, "barrel": true, "wti": true,
	"share": true, "stock": true, "gold": true, "silver": true, "bitcoin": true,
	"index": true, "yield": true, "bond": true, "futures": true,
	"dollar": true, "euro": true, "yen": true, "pound": true, "sterling": true,
	"rupee": true, "yuan": true, "franc": true,
}

// marketKind reports the kinds of a price and its move (a switch, not a
// map: every disagreeing pair of a group asks).
func marketKind(k facts.Kind) bool { return k == facts.KindMoney || k == facts.KindPercent }

// changeWay is the way a figure says its measure moved ("up", "down"), or
// "" for a level.
func changeWay(f *facts.Fact) string {
	if f.Change == nil {
		return ""
	}
	return *f.Change
}

// closingWords say that a price is the day's final one, which every
// report of that day gives alike.
var closingWords = []string{"closed", "close", "settled", "ended", "finished"}

// marketItem reports whether a figure is a traded price or its move.
func marketItem(it *item) bool {
	if marketMeasures[it.measure] {
		return true
	}
	for _, w := range strings.Fields(it.subject) {
		if marketMeasures[strings.TrimSuffix(w, "s")] || marketMeasures[w] {
			return true
		}
	}
	return false
}

// atClose reports whether a figure's sentence gives the day's final price.
func atClose(it *item) bool {
	return it.f != nil && sentenceSays(it, closingWords)
}

// twoMarketMoments reports whether two reports' figures are prices (or
// moves) of a market at moments that may differ: amounts of money or
// percentages (not counts: "sold 40 million shares" is no price), not
// said to move two ways (a price that one report says rose and another
// fell is a disagreement whenever it was read), neither naming the same time as the
// other, and not both the close.
func twoMarketMoments(a, b *item) bool {
	if a.doc == b.doc || a.f == nil || b.f == nil || !marketKind(a.f.Kind) || !marketKind(b.f.Kind) {
		return false
	}
	ma, mb := marketOf(a), marketOf(b)
	if ma&1 == 0 || mb&1 == 0 {
		return false
	}
	if wa, wb := changeWay(a.f), changeWay(b.f); wa != "" && wb != "" && wa != wb {
		return false
	}
	if a.specTime != "" && sameTime(a.specTime, b.specTime) {
		return false
	}
	return ma&2 == 0 || mb&2 == 0
}

// marketOf is marketItem (bit 1) and atClose (bit 2) of a figure, read
// once: every disagreeing pair of a group asks.
func marketOf(it *item) int8 {
	if it.market == 0 {
		m := int8(1)
		if marketItem(it) {
			m |= 2
			if atClose(it) {
				m |= 4
			}
		}
		it.market = m
	}
	return it.market >> 1
}
