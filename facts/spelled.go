package facts

import (
	"math"
	"strconv"
)

// This file reads spelled-out English numbers, and numbers that mix words
// and digits: cardinals ("three thousand nine hundred and sixty-five"),
// decimals with "point" ("nine point nought four"), fractions ("two thirds",
// "one twenty-fifth", "one over three"), mixed numbers ("five and a
// quarter"), halves and quarters of scales ("half a million", "one billion
// and a half million"), dozens and sign words ("minus five"). Its reference
// is the English NumberModel spec of Microsoft Recognizers-Text.
//
// The grammar is the one of readCardinal in number.go, extended: a number is
// read as groups below a thousand ("three hundred and two"), each closed by a
// scale word that must be smaller than the one before ("one million two
// thousand"), and "and" continues a number only when what follows it is a
// valid continuation, so that "20 and 30" stays two numbers.

// Categories of the last element read by spReadInt.
const (
	spNone    = iota
	spUnits   // zero … nine
	spTeens   // ten … nineteen
	spTens    // twenty … ninety (or a tens word with its unit: twenty-five ends in spUnits)
	spNumeral // digits
	spHundred // "hundred"
	spBig     // a scale of a thousand or more: thousand, million, lakh, crore …
)

// The word tables are lexicon.go's: cardinals (no "nil": a score word, nor
// "oh", a digit only in telephone numbers and years), bigScales and
// ordinalWords.

// spOrdinalPlurals maps the plural of each ordinal ("fifths") to it.
var spOrdinalPlurals = func() map[string]string {
	m := make(map[string]string, len(ordinalWords))
	for w := range ordinalWords {
		m[w+"s"] = w
	}
	return m
}()

// spDozens are the words for a dozen, with their abbreviations.
var spDozens = map[string]bool{"dozen": true, "dozens": true, "dz": true, "dzs": true, "doz": true, "dozs": true}

// spFollowers are the words that may follow a singular fraction written
// with an ordinal ("a third of", "cut by a fifth last year"). Any other word
// makes the ordinal an adjective: "a third term", "a fifth straight year".
var spFollowers = map[string]bool{
	"of": true, "and": true, "or": true, "but": true, "more": true, "less": true,
	"fewer": true, "higher": true, "lower": true, "larger": true, "smaller": true,
	"bigger": true, "greater": true, "cheaper": true, "as": true, "than": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"by": true, "with": true, "per": true, "percent": true, "is": true, "was": true,
	"were": true, "are": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "that": true, "which": true, "who": true,
	"since": true, "after": true, "before": true, "while": true, "when": true,
	"this": true, "last": true, "the": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "over": true, "under": true, "above": true,
	"below": true, "off": true, "up": true, "down": true,
}

// spOverFollowers are the words that may follow "one over three": any other
// word makes "over" a preposition ("2000 over 3 years").
var spOverFollowers = map[string]bool{
	"of": true, "and": true, "or": true, "but": true, "so": true, "is": true,
	"was": true, "are": true, "were": true, "equals": true,
}

// spQuarterBlockers are the words before "three quarters" that make the
// quarters periods of a year: "the first three quarters", "the past two
// quarters".
var spQuarterBlockers = map[string]bool{
	"first": true, "last": true, "past": true, "next": true, "previous": true,
	"recent": true, "final": true, "latest": true, "consecutive": true,
	"straight": true, "successive": true, "fiscal": true,
}

// spNum is a whole number read by spReadInt.
type spNum struct {
	value float64
	end   int
	last  int     // category of the last element
	big   float64 // the last scale of a thousand or more, 0 if none
	atBig bool    // the number ends on that scale word ("three million")
	words bool    // a number or scale word was read
	digit bool    // a numeral was read
	aLead bool    // it starts with "a"/"an" ("a hundred")
	// The segment after the last "and", when there is one: "one hundred and
	// three" is pre 100 and seg 3. segSimple says the segment is below a
	// hundred with no scale after it, so that "and three quarters" can be
	// read again as a fraction added to pre.
	andAt     int
	pre       float64
	preBig    float64
	preAtBig  bool
	seg       float64
	segSimple bool
}

// spDen is a fraction's denominator: "fifths", "a quarter", "twenty-first".
type spDen struct {
	value    float64
	end      int
	plural   bool
	ordinal  bool // written as an ordinal (not "half", "quarter")
	compound bool // more than one word: "twenty-first", "one hundred fifth"
	half     bool
	quarter  bool
}

// readSpelled reads the spelled-out number that starts at token k and
// returns its value, the token after it, and ok. It reads cardinals in
// words or mixed with digits ("3 hundred and 21", "2.5 million"), decimals
// with "point", fractions ("two thirds", "one over three"), mixed numbers
// ("five and a quarter"), fractions of scales ("half a million"), dozens,
// and a leading "minus"/"negative". It is greedy but stops at the first
// token that does not continue the number. It does not read ordinals
// ("twenty-first" is ok=false), vague amounts ("hundreds of") or a bare
// "half"; "a third" is a fraction unless an ordinal reading is evident ("a
// third term"). A plain numeral reads as itself.
func readSpelled(toks []token, k int) (value float64, end int, ok bool) {
	if k < 0 || k >= len(toks) {
		return 0, k, false
	}
	sign := 1.0
	j := k
	if toks[j].kind == tokWord && (toks[j].text == "minus" || toks[j].text == "negative") && !plusOrMinus(toks, j) {
		sign = -1
		j++
		if j >= len(toks) {
			return 0, k, false
		}
	}
	v, e, ok := spBody(toks, j)
	if !ok {
		return 0, k, false
	}
	return sign * v, e, true
}

// spBody reads a number without its sign.
func spBody(toks []token, k int) (float64, int, bool) {
	t := &toks[k]
	switch t.kind {
	case tokNum:
	case tokWord:
		switch t.text {
		case "a", "an":
			return spArticle(toks, k)
		case "half", "quarter":
			// Only of a scale: "half a million", "quarter million".
			f := 0.5
			if t.text == "quarter" {
				f = 0.25
			}
			if m, e, ok := spScaleTail(toks, k+1, t.text == "half"); ok {
				return f * m, e, true
			}
			return 0, k, false
		}
		if _, ok := cardinalIDs.get(t.id); !ok {
			return 0, k, false
		}
	default:
		return 0, k, false
	}
	n, ok := spReadInt(toks, k)
	if !ok {
		return 0, k, false
	}
	return spAfter(toks, k, n)
}

// spArticle reads what "a"/"an" begins: "a hundred and twelve", "a dozen",
// "a third", "a quarter million", "a twenty-first".
func spArticle(toks []token, k int) (float64, int, bool) {
	if k+1 >= len(toks) || toks[k+1].kind != tokWord {
		return 0, k, false
	}
	next := toks[k+1].text
	if next == "hundred" || bigScaleIDs.at(toks[k+1].id) > 0 {
		n, ok := spReadInt(toks, k)
		if !ok {
			return 0, k, false
		}
		return spAfter(toks, k, n)
	}
	if next == "dozen" {
		return 12, k + 2, true
	}
	d, ok := spReadDen(toks, k+1)
	if !ok || d.plural || !spAccept(1, d) || d.ordinal && !spFractionFollows(toks, d.end) {
		return 0, k, false
	}
	v, e := 1/d.value, d.end
	if m, e2, ok := spScaleTail(toks, e, false); ok {
		v, e = v*m, e2
	}
	return v, e, true
}

// spAfter reads what may follow the whole number n that starts at k: a
// denominator, "point" and digits, "over" and a divisor, "dozen", "and" and
// a fraction. An ordinal ("twenty-first", "one hundred and fifth") makes the
// whole reading fail.
func spAfter(toks []token, k int, n spNum) (float64, int, bool) {
	if v, e, ok := spFraction(toks, k, n); ok {
		return v, e, true
	}
	if spIsOrdinal(toks, n) {
		return 0, k, false
	}
	e := n.end
	if e >= len(toks) {
		return n.value, e, true
	}
	switch w := toks[e].text; {
	case spDozenIDs.has(toks[e].id) && toks[e].kind == tokWord:
		// "three hundred and two dozens" is 300 + 2 × 12.
		if n.andAt >= 0 && n.segSimple {
			return n.pre + n.seg*12, e + 1, true
		}
		return n.value * 12, e + 1, true
	case w == "point":
		if v, e2, ok := spPoint(toks, k, n); ok {
			return v, e2, true
		}
	case w == "over":
		if v, e2, ok := spOver(toks, n); ok {
			return v, e2, true
		}
	case w == "and" || w == "-":
		if v, e2, ok := spMixed(toks, n); ok {
			return v, e2, true
		}
	}
	return n.value, e, true
}

// spReadInt reads a whole number at k: words ("three hundred and two
// thousand"), digits with scale words ("4 thousand 3 hundred and 21",
// "1.5 lakh crore"), or "a" before a scale ("a hundred"). A numeral with no
// scale after it reads alone.
func spReadInt(toks []token, k int) (n spNum, ok bool) {
	var total, group float64
	last := spNone
	big := 0.0
	groups := 0
	lastBigAt := -1
	numWhole := false // the group is a numeral alone, which "hundred" may follow
	n.andAt = -1
	type state struct {
		total, group, big float64
		last              int
	}
	var save state
	segSimple := false
	j := k
loop:
	for j < len(toks) {
		t := &toks[j]
		// A scale word, perhaps after an attached hyphen: "three-hundred",
		// "1.8-billion".
		sc := j
		if t.kind == tokPunct && t.text == "-" && !t.space && j+1 < len(toks) && !toks[j+1].space &&
			toks[j+1].kind == tokWord && (toks[j+1].text == "hundred" || bigScaleIDs.at(toks[j+1].id) > 0) && last != spNone {
			sc = j + 1
		}
		s := &toks[sc]
		switch {
		case s.kind == tokWord && s.text == "hundred":
			words := (last == spUnits || last == spTeens || last == spTens) && group > 0 && group < 100
			digits := last == spNumeral && numWhole && group > 0 && group < 1000 // "322 hundred"
			if !words && !digits {
				break loop
			}
			group *= 100
			last = spHundred
			numWhole = false
			n.words = true
			segSimple = false
			j = sc + 1
		case s.kind == tokWord && bigScaleIDs.at(s.id) > 0:
			v := bigScaleIDs.at(s.id)
			switch {
			case last != spNone && last != spBig && group > 0 && (big == 0 || v < big):
				total += group * v
				group = 0
				big = v
				groups++
			case last == spBig && lastBigAt == sc-1 && v > big && groups == 1 && group == 0:
				// "three lakh crore", "five thousand crore".
				total *= v
				big *= v
			default:
				break loop
			}
			last = spBig
			lastBigAt = sc
			numWhole = false
			n.words = true
			segSimple = false
			j = sc + 1
		case t.kind == tokWord && (t.text == "a" || t.text == "an"):
			if j != k || j+1 >= len(toks) || toks[j+1].kind != tokWord ||
				toks[j+1].text != "hundred" && bigScaleIDs.at(toks[j+1].id) == 0 {
				break loop
			}
			group = 1
			last = spUnits
			n.aLead = true
			j++
		case t.kind == tokWord && t.text == "and":
			if (last != spHundred && last != spBig) || j+1 >= len(toks) {
				break loop
			}
			nx := &toks[j+1]
			isNum := false
			switch nx.kind {
			case tokWord:
				if c, ok := cardinalIDs.get(nx.id); !ok || c == 0 {
					break loop
				}
			case tokNum:
				limit := 100.0
				if last == spBig {
					limit = 1000
				}
				if nx.decimals >= 0 || nx.grouped || nx.num < 1 || nx.num >= limit {
					break loop
				}
				isNum = true
			default:
				break loop
			}
			save = state{total, group, big, last}
			n.andAt = j
			segSimple = true
			j++
			if isNum {
				group += nx.num
				last = spNumeral
				numWhole = false
				n.digit = true
				j++
			}
		case t.kind == tokWord:
			c, ok := cardinalIDs.get(t.id)
			if !ok {
				break loop
			}
			cat := spUnits
			switch {
			case c >= 20:
				cat = spTens
			case c >= 10:
				cat = spTeens
			}
			if !(last == spNone || last == spHundred || last == spBig || last == spTens && cat == spUnits && c > 0) {
				break loop
			}
			if c == 0 && last != spNone {
				break loop
			}
			if last == spBig && toks[k].kind == tokNum && n.andAt != j-1 {
				// "3.21 million forty-foot containers": a numeral's scale
				// ends it; words go on a number in words ("two million
				// forty thousand") or after "and" ("6 crore and two
				// hundred")
				break loop
			}
			group += c
			last = cat
			n.words = true
			j++
			// "twenty-five", "fifty - two"
			if cat == spTens {
				if u, m := spHyphenUnit(toks, j); m > 0 {
					group += u
					last = spUnits
					j += m
				}
			}
		case t.kind == tokNum:
			switch {
			case last == spNone:
			case last == spBig && t.decimals < 0 && !t.grouped && t.num >= 1 && t.num < 1000 && j+1 < len(toks) &&
				toks[j+1].kind == tokWord && (toks[j+1].text == "hundred" || bigScaleIDs.at(toks[j+1].id) > 0 && bigScaleIDs.at(toks[j+1].id) < big):
				// "4 thousand 3 hundred"
			default:
				break loop
			}
			group += t.num
			last = spNumeral
			numWhole = true
			n.digit = true
			j++
		default:
			break loop
		}
	}
	if last == spNone {
		return n, false
	}
	// "3 hundred and 2 hundred", "three million and two million": the
	// segment after "and" runs into a scale it cannot take, so "and" began
	// another number.
	if n.andAt >= 0 && j < len(toks) {
		b := j
		if toks[b].text == "-" && b+1 < len(toks) {
			b++
		}
		if w := toks[b].text; toks[b].kind == tokWord && (w == "hundred" || bigScales[w] > 0) {
			total, group, big, last = save.total, save.group, save.big, save.last
			j = n.andAt
			n.andAt = -1
		}
	}
	n.value = total + group
	n.end = j
	n.last = last
	n.big = big
	n.atBig = last == spBig
	if n.andAt >= 0 {
		n.pre = save.total + save.group
		n.preBig = save.big
		n.preAtBig = save.last == spBig
		n.seg = n.value - n.pre
		n.segSimple = segSimple
	}
	return n, true
}

// spHyphenUnit reads "-five" after a tens word: attached ("twenty-five") or
// spaced on both sides ("fifty - two"). It returns the unit and the number
// of tokens, 0 if there is none.
func spHyphenUnit(toks []token, j int) (float64, int) {
	if j+1 >= len(toks) || toks[j].kind != tokPunct || toks[j].text != "-" || toks[j+1].kind != tokWord {
		return 0, 0
	}
	if toks[j].space != toks[j+1].space {
		return 0, 0
	}
	u, ok := cardinalIDs.get(toks[j+1].id)
	if !ok || u < 1 || u > 9 {
		return 0, 0
	}
	return u, 2
}

// spReadDen reads a denominator at j: a fraction word ("thirds", "a
// quarter", "hundredths") or a compound ordinal ("twenty-first", "one
// hundred and fifth", "one thousand fifths"). "first" and "second" alone
// are never denominators (one second is a time), nor is "halves".
func spReadDen(toks []token, j int) (spDen, bool) {
	if j >= len(toks) || toks[j].kind != tokWord {
		return spDen{}, false
	}
	w := toks[j].text
	switch w {
	case "half":
		return spDen{value: 2, end: j + 1, half: true}, true
	case "quarter", "quarters":
		return spDen{value: 4, end: j + 1, plural: w == "quarters", quarter: true}, true
	}
	if o, plural, ok := spOrdinalWord(w); ok {
		if o <= 2 {
			return spDen{}, false
		}
		return spDen{value: o, end: j + 1, plural: plural, ordinal: true}, true
	}
	// A compound: a cardinal that ends in tens, hundred or a scale, then an
	// ordinal below it.
	p, ok := spReadInt(toks, j)
	if !ok || p.digit || p.aLead || (p.last != spTens && p.last != spHundred && p.last != spBig) {
		return spDen{}, false
	}
	m := p.end
	if m < len(toks) && toks[m].kind == tokWord && toks[m].text == "and" && p.last != spTens {
		m++
	} else if m < len(toks) && toks[m].kind == tokPunct && toks[m].text == "-" && p.last == spTens {
		m++
	}
	if m >= len(toks) || toks[m].kind != tokWord {
		return spDen{}, false
	}
	o, plural, ok := spOrdinalWord(toks[m].text)
	if !ok || o >= 100 || o >= 10 && p.last == spTens {
		return spDen{}, false
	}
	return spDen{value: p.value + o, end: m + 1, plural: plural, ordinal: true, compound: true}, true
}

// spOrdinalWord looks an ordinal up, singular or plural.
func spOrdinalWord(w string) (float64, bool, bool) {
	id := idOf(w)
	if o, ok := ordinalWordIDs.get(id); ok {
		return o, false, true
	}
	if s, ok := spOrdinalPluralIDs.get(id); ok {
		return ordinalWords[s], true, true
	}
	return 0, false, false
}

// spAccept reports whether num over d is a fraction as English writes it:
// a singular denominator takes one ("one fifth", not "two fifth"), "half"
// only one, and quarters one or three (two quarters are half a year).
func spAccept(num float64, d spDen) bool {
	switch {
	case num <= 0:
		return false
	case d.half:
		return num == 1
	case d.quarter && num != 1 && num != 3:
		return false
	case !d.plural:
		return num == 1
	}
	return true
}

// spFractionFollows reports whether the token at j may follow a singular
// ordinal read as a fraction: the end, punctuation, a number, or one of
// spFollowers — not a noun ("a third term") nor a hyphenated compound ("a
// third-quarter loss").
func spFractionFollows(toks []token, j int) bool {
	if j >= len(toks) {
		return true
	}
	t := &toks[j]
	switch t.kind {
	case tokWord:
		return spFollowerIDs.has(t.id)
	case tokPunct:
		return !spHyphenCompound(toks, j)
	}
	return true
}

// spHyphenCompound reports whether token j is a hyphen joining the word
// before it to a word after it ("first-time", "third-quarter").
func spHyphenCompound(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].kind == tokPunct && toks[j].text == "-" && !toks[j].space &&
		toks[j+1].kind == tokWord && !toks[j+1].space
}

// spFraction reads a denominator after the whole number n (words only): "two
// thirds", "one - fourth", "three twenty-firsts", "one hundred and three
// quarters" (a mixed number: 100.75) and "one hundred and thirty fifths"
// (26). Where the words before the denominator can be split so that their
// end forms a compound ordinal, the longest denominator wins, as in the
// spec: "one hundred thirty fifths" is 100/35.
func spFraction(toks []token, k int, n spNum) (float64, int, bool) {
	if n.digit {
		return 0, 0, false
	}
	e := n.end
	j := e
	hyphen := false
	if j < len(toks) && toks[j].kind == tokPunct && toks[j].text == "-" {
		j++
		hyphen = true
	}
	d, ok := spReadDen(toks, j)
	if !ok || hyphen && d.compound {
		return 0, 0, false
	}
	if d.quarter && k > 0 && spQuarterBlockerIDs.has(toks[k-1].id) {
		return 0, 0, false
	}
	if !d.plural && d.ordinal && !hyphen && !spFractionFollows(toks, d.end) {
		return 0, 0, false
	}
	// The longest compound denominator: "one hundred | thirty fifths".
	if !d.compound {
		for s := k + 1; s < e; s++ {
			num, ok := spReadInt(toks[:s], k)
			if !ok || num.end != s || num.digit {
				continue
			}
			dd, ok := spReadDen(toks[:d.end], s)
			if !ok || !dd.compound || dd.end != d.end {
				continue
			}
			if spAccept(num.value, dd) {
				return spFractionTail(toks, num.value, dd)
			}
			break
		}
	}
	// "one hundred and three quarters": a proper fraction after "and" is
	// added to what precedes; an improper one takes the whole number as its
	// numerator ("one hundred and thirty fifths" is 130/5).
	if n.andAt >= 0 && n.segSimple && n.seg < d.value && spAccept(n.seg, d) {
		v, end := spMixedValue(toks, n.pre, n.preBig, n.preAtBig, n.seg/d.value, d.end)
		return v, end, true
	}
	if !spAccept(n.value, d) {
		return 0, 0, false
	}
	return spFractionTail(toks, n.value, d)
}

// spFractionTail divides and applies a scale after a proper fraction:
// "three quarters billion", "two thirds of a million".
func spFractionTail(toks []token, num float64, d spDen) (float64, int, bool) {
	v, e := num/d.value, d.end
	if v < 1 {
		if m, e2, ok := spScaleTail(toks, e, false); ok {
			v, e = v*m, e2
		}
	}
	return v, e, true
}

// spScaleTail reads the scale a fraction applies to: "million", "-million",
// "dozen", "of a million", and with article "a million" (after "half").
func spScaleTail(toks []token, j int, article bool) (float64, int, bool) {
	if j >= len(toks) {
		return 0, j, false
	}
	if s, e, ok := spBigAt(toks, j); ok {
		return s, e, true
	}
	if toks[j].kind == tokWord && toks[j].text == "dozen" {
		return 12, j + 1, true
	}
	a := j
	if toks[j].kind == tokWord && toks[j].text == "of" {
		a++
	} else if !article {
		return 0, j, false
	}
	if a+1 >= len(toks) || toks[a].kind != tokWord || toks[a].text != "a" && toks[a].text != "an" || toks[a+1].kind != tokWord {
		return 0, j, false
	}
	if s := bigScaleIDs.at(toks[a+1].id); s > 0 {
		return s, a + 2, true
	}
	if toks[a+1].text == "dozen" {
		return 12, a + 2, true
	}
	return 0, j, false
}

// spBigAt reads a scale of a thousand or more at j, perhaps after an
// attached hyphen ("half-million").
func spBigAt(toks []token, j int) (float64, int, bool) {
	if j < len(toks) && toks[j].kind == tokPunct && toks[j].text == "-" && !toks[j].space &&
		j+1 < len(toks) && !toks[j+1].space {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return 0, j, false
	}
	if s := bigScaleIDs.at(toks[j].id); s > 0 {
		return s, j + 1, true
	}
	return 0, j, false
}

// spIsOrdinal reports whether the number n is the start of an ordinal:
// "twenty-first", "one hundred and fifth", "two millionth" — but not "five
// hundred first-time buyers".
func spIsOrdinal(toks []token, n spNum) bool {
	j := n.end
	hyphen := false
	if j < len(toks) && toks[j].kind == tokWord && toks[j].text == "and" && (n.last == spHundred || n.last == spBig) {
		j++
	} else if j < len(toks) && toks[j].kind == tokPunct && toks[j].text == "-" {
		j++
		hyphen = true
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return false
	}
	o, ok := ordinalWordIDs.get(toks[j].id)
	if !ok {
		return false
	}
	switch {
	case o >= 100:
	case o >= 10:
		if n.last != spHundred && n.last != spBig {
			return false
		}
	default:
		if n.last != spTens && n.last != spHundred && n.last != spBig {
			return false
		}
	}
	return hyphen || !spHyphenCompound(toks, j+1)
}

// spPoint reads decimals said digit by digit after "point": "two hundred
// point zero three" (200.03), "nine point nought four". A two-digit word
// gives two digits: "point seventy-one" is .71, "point eleven" .11.
func spPoint(toks []token, k int, n spNum) (float64, int, bool) {
	if n.digit || n.atBig {
		return 0, 0, false
	}
	// "at one point two of them…"
	if n.value == 1 && n.end == k+1 && k > 0 && toks[k-1].text == "at" {
		return 0, 0, false
	}
	digits := []byte("0.")
	j := n.end + 1
	for j < len(toks) && toks[j].kind == tokWord {
		c, ok := cardinalIDs.get(toks[j].id)
		if !ok {
			break
		}
		j++
		switch {
		case c < 10:
			digits = append(digits, byte('0'+c))
		case c < 20:
			digits = append(digits, '1', byte('0'+c-10))
		default:
			digits = append(digits, byte('0'+c/10))
			u, m := spHyphenUnit(toks, j)
			if m == 0 && j < len(toks) && toks[j].kind == tokWord {
				if v, ok := cardinalIDs.get(toks[j].id); ok && v >= 1 && v <= 9 {
					u, m = v, 1
				}
			}
			digits = append(digits, byte('0'+u))
			j += m
		}
	}
	if len(digits) == 2 {
		return 0, 0, false
	}
	f, err := strconv.ParseFloat(string(digits), 64)
	if err != nil {
		return 0, 0, false
	}
	v := n.value + f
	// "two point five million"; "one thousand point five million" is no number.
	if s, e, ok := spBigAt(toks, j); ok && n.big == 0 {
		return v * s, e, true
	}
	return v, j, true
}

// spOver reads "one over three", "1 over 20", "one over one hundred and
// twenty five". The divisor must end the phrase: "2000 over 3 years" is a
// span of time, "5 over 2019" a comparison with a year.
func spOver(toks []token, n spNum) (float64, int, bool) {
	if n.value < 1 || n.value != math.Trunc(n.value) {
		return 0, 0, false
	}
	j := n.end + 1
	if j >= len(toks) {
		return 0, 0, false
	}
	d, ok := spReadInt(toks, j)
	if !ok || d.value < 1 || d.value != math.Trunc(d.value) {
		return 0, 0, false
	}
	if t := &toks[j]; d.end == j+1 && t.kind == tokNum && !t.grouped && t.intDigits == 4 && t.num >= 1000 && t.num <= 2100 {
		return 0, 0, false
	}
	if e := d.end; e < len(toks) {
		switch t := &toks[e]; t.kind {
		case tokWord:
			if !spOverFollowerIDs.has(t.id) {
				return 0, 0, false
			}
		case tokPunct:
			if spHyphenCompound(toks, e) {
				return 0, 0, false
			}
		}
	}
	return n.value / d.value, d.end, true
}

// spMixed reads a proper fraction after "and" (or "-and-"): "three and a
// fifth", "two and fifty-four hundredths", "one million and a half", "five
// and a half million", "two-and-a-half".
func spMixed(toks []token, n spNum) (float64, int, bool) {
	if n.value != math.Trunc(n.value) {
		return 0, 0, false // "1.5 and a half"
	}
	j := n.end
	if toks[j].kind == tokPunct {
		// "two-and-a-half"
		if !spHyphenCompound(toks, j) || toks[j+1].text != "and" || !spHyphenCompound(toks, j+2) {
			return 0, 0, false
		}
		j++
	}
	if toks[j].text != "and" {
		return 0, 0, false
	}
	frac, e, ok := spProperFraction(toks, j+1)
	if !ok {
		return 0, 0, false
	}
	v, end := spMixedValue(toks, n.value, n.big, n.atBig, frac, e)
	return v, end, true
}

// spProperFraction reads a fraction below one at j: "a half", "a third",
// "one fourth", "two thirds", "fifty-four hundredths", "a thirtieth".
func spProperFraction(toks []token, j int) (float64, int, bool) {
	if j < len(toks) && toks[j].kind == tokPunct && toks[j].text == "-" && !toks[j].space {
		j++ // "-and-a-half": the hyphen after "and"
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return 0, 0, false
	}
	var num float64
	m := j
	article := false
	if w := toks[j].text; w == "a" || w == "an" {
		num, m, article = 1, j+1, true
		if spHyphenCompound(toks, m) {
			m++
		}
	} else {
		p, ok := spReadInt(toks, j)
		if !ok || p.digit || p.aLead || p.big > 0 {
			return 0, 0, false
		}
		num, m = p.value, p.end
		if m < len(toks) && toks[m].kind == tokPunct && toks[m].text == "-" {
			m++
		}
	}
	d, ok := spReadDen(toks, m)
	if !ok || article && d.plural || !spAccept(num, d) || num >= d.value {
		return 0, 0, false
	}
	return num / d.value, d.end, true
}

// spMixedValue adds a proper fraction to a whole number and applies a scale
// after it. After a scale word the fraction is of that scale ("3 million
// and a half" is 3.5 million); a smaller scale after the fraction is the
// fraction's own ("one billion and a half million"); a scale after a number
// without one applies to the whole ("five and a half million").
func spMixedValue(toks []token, pre, preBig float64, preAtBig bool, frac float64, j int) (float64, int) {
	if s, e, ok := spBigAt(toks, j); ok {
		if preBig == 0 {
			return (pre + frac) * s, e
		}
		if s < preBig {
			return pre + frac*s, e
		}
	}
	if preAtBig {
		return pre + frac*preBig, j
	}
	return pre + frac, j
}
