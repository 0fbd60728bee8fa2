package facts

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// numSpan is a number read from tokens [i, j): a numeral with its scale, a
// written number, a fraction, a vague amount or an ordinal.
type numSpan struct {
	i, j  int
	value float64
	// low and high bound a vague amount ("hundreds of" is [200, 1000)).
	low, high float64
	vague     bool
	written   bool // read from words (four, twenty-five, a dozen)
	bareOne   bool // the word "one" or "a" standing alone: usually not a figure
	share     bool // a fraction of a whole: half, a third, two-thirds, one in five
	ordinal   bool
	approx    bool    // the number word itself hedges: "a couple of"
	precision float64 // the step of the last stated digit, scale included
	plainInt  bool    // digits only: no grouping, decimals, sign or scale
	scaled    bool    // a scale word or suffix was read
	negative  bool
	digits    bool // the figure is written with digits
	fold      bool // a multiplier: "fivefold", "10-fold"
	power     bool // written with a power of ten: "6.02×10²³"
	// absoluteZero is the phrase "absolute zero", a temperature of 0 K.
	absoluteZero bool
	// points is a fraction of a percentage point written as one word
	// with "point": "a quarter-point cut" (0.25 pp), "a half-point rise"
	points bool
	// mult is the product of the scales read (1e9 for "5bn"), 0 for none.
	mult float64
	// mSuffix is set when an attached "m" followed the numeral: a million
	// after a currency, metres elsewhere; the money rule decides.
	mSuffix int
}

// parseNumbers finds every number in a sentence's tokens; none starts
// before token from (figureFrom).
func parseNumbers(toks []token, from int, out []numSpan) []numSpan {
	out = out[:0]
	for k := from; k < len(toks); {
		if toks[k].kind == tokWord && toks[k].class&clsNumber == 0 {
			k++
			continue
		}
		if n, ok := parseNumberAt(toks, k); ok {
			out = append(out, n)
			k = n.j
			continue
		}
		k++
	}
	return out
}

// isOrdinalSuffix reports "st", "nd", "rd" or "th" with its ASCII letters
// in any case, without lower-casing a copy: setting 0x20 turns only 'S'
// and 's' into 's', and so for each of the letters.
func isOrdinalSuffix(w string) bool {
	if len(w) != 2 {
		return false
	}
	switch uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20) {
	case 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h':
		return true
	}
	return false
}

// parseNumberAt reads the number that starts at token k, if any.
func parseNumberAt(toks []token, k int) (numSpan, bool) {
	t := &toks[k]
	switch t.kind {
	case tokNum:
		return parseNumeral(toks, k)
	case tokSym:
		// Vulgar fractions are all outside ASCII.
		if t.text != "" && t.text[0] >= utf8.RuneSelf {
			if v, ok := vulgarValues[t.text]; ok {
				n := numSpan{i: k, j: k + 1, value: v, precision: 0.01, digits: true}
				return n, true
			}
		}
	case tokPunct:
		// A minus sign: "-5" with the sign against the digits and space (or
		// the start) before it; "20-25" is a range, not a negative.
		if t.text == "-" && k+1 < len(toks) && toks[k+1].kind == tokNum && !toks[k+1].space &&
			(k == 0 || t.space || toks[k-1].kind == tokPunct || toks[k-1].kind == tokSym) {
			if k > 0 && toks[k-1].kind == tokNum && !t.space {
				return numSpan{}, false
			}
			// "52%-48%": a dash between two shares, no minus sign
			if k > 0 && !t.space && (toks[k-1].text == "%" || toks[k-1].text == "‰") {
				return numSpan{}, false
			}
			n, ok := parseNumeral(toks, k+1)
			if ok {
				n.i = k
				n.value = -n.value
				n.negative = true
				n.plainInt = false
			}
			return n, ok
		}
	case tokWord:
		if articleOnly(toks, k) {
			return numSpan{}, false
		}
		// "minus 15C", "minus-8 yards", "negative 3%".
		if (t.text == "minus" || t.text == "negative") && k+1 < len(toks) && !plusOrMinus(toks, k) {
			d := k + 1
			if toks[d].text == "-" && !toks[d].space && d+1 < len(toks) && !toks[d+1].space {
				d++
			}
			if toks[d].kind == tokNum {
				n, ok := parseNumeral(toks, d)
				if ok && !n.ordinal {
					n.i = k
					n.value = -n.value
					n.negative = true
					n.plainInt = false
					return n, true
				}
			}
		}
		n, ok := parseWordNumber(toks, k)
		if ok && (n.vague || n.ordinal) {
			return n, true
		}
		if ok && n.share {
			// "three quarters billion" is a number; "three quarters of" a share.
			if _, end, sok := readSpelled(toks, k); !sok || end <= n.j {
				return n, true
			}
		}
		// The full reader of spelled numbers ("two hundred point zero
		// three", "three and a fifth", "one over three", "minus five")
		// wins where it reads further.
		if v, end, sok := readSpelled(toks, k); sok && (!ok || end > n.j) {
			s := numSpan{i: k, j: end, value: v, written: true, precision: spelledStep(v)}
			s.bareOne = end == k+1 && toks[k].text == "one"
			s.negative = v < 0
			s.readRatio(toks)
			return s, true
		}
		return n, ok
	}
	return numSpan{}, false
}

// articleOnly reports an "a" or "an" at k before a word that no reading
// of a number takes after an article ("a man", "an official"): neither
// parseWordNumber nor readSpelled reads a number there
// (TestArticleOnly), and most articles are told so without their
// lookups.
func articleOnly(toks []token, k int) bool {
	t := &toks[k]
	return (t.text == "a" || t.text == "an") && k+1 < len(toks) && toks[k+1].kind == tokWord &&
		toks[k+1].class&(clsNumber|clsArticleNumber|clsOrdinalPlural) == 0
}

// spelledStep is the rounding step of a spelled number: 1 for a whole
// number, none for a fraction.
func spelledStep(v float64) float64 {
	if v == math.Trunc(v) {
		return 1
	}
	return 0
}

// parseNumeral reads digits with what may follow them: a vulgar fraction
// (2½), a slash fraction (1/2, 10 1/2), an ordinal suffix (21st), a scale
// suffix (2.5bn, 10k) or word (1.5 million), "in N" ratios (1 in 5).
func parseNumeral(toks []token, k int) (numSpan, bool) {
	t := &toks[k]
	n := numSpan{i: k, j: k + 1, value: t.num, digits: true, precision: roundingStep(t)}
	n.plainInt = t.decimals < 0 && !t.grouped
	// 2½
	if n.j < len(toks) && toks[n.j].kind == tokSym && !toks[n.j].space && toks[n.j].text != "" && toks[n.j].text[0] >= utf8.RuneSelf {
		// Vulgar fractions are all outside ASCII: "2%" asks no map.
		if v, ok := vulgarValues[toks[n.j].text]; ok {
			n.value += v
			n.j++
			n.plainInt = false
			n.precision = 0.01
		}
	}
	// 1/2 and 10 1/2: a proper fraction with a small denominator.
	if num, den, end, ok := slashFraction(toks, n.j); ok && t.decimals < 0 {
		if toks[n.j].space && n.value >= 1 { // mixed: "10 1/2"
			n.value += num / den
			n.j = end
			n.plainInt = false
			// a mixed number is rounded to its fraction's step, as
			// "nine and a half" is: "9 1/2 minutes" may be 9:29
			n.precision = 1 / den
		}
	}
	// "11-1/2 years": a mixed number joined by a hyphen.
	if n.j+1 < len(toks) && toks[n.j].text == "-" && !toks[n.j].space && !toks[n.j+1].space && t.decimals < 0 && n.value >= 1 && n.value < 1000 {
		if num, den, end, ok := slashFraction(toks, n.j+1); ok {
			n.value += num / den
			n.j = end
			n.plainInt = false
			n.precision = 1 / den
		}
	}
	if num, den, end, ok := slashFraction(toks, k); ok && t.decimals < 0 && (k == 0 || toks[k-1].kind != tokNum) {
		n.value = num / den
		n.j = end
		n.plainInt = false
		n.precision = 0.01
	}
	n.readPower(toks)
	n.readTolerance(toks)
	if n.j < len(toks) && toks[n.j].kind == tokWord && !toks[n.j].space {
		suf := toks[n.j].raw
		if isOrdinalSuffix(suf) {
			n.ordinal = true
			n.plainInt = false
			n.j++
			return n, true
		}
		if suf == "m" {
			n.mSuffix = n.j
			// "7m followers": a million of a plural noun; "7m high" metres.
			// "2m barrels", "5m tonnes": a million of a unit that is not a
			// length. "28m of its users": a million of a part.
			if n.j+1 < len(toks) && toks[n.j+1].kind == tokWord && (isPluralNoun(toks[n.j+1].text) && toks[n.j+1].class&clsSubjectStop == 0 || isUnitStart(toks, n.j+1) || peopleAdjectives[toks[n.j+1].text]) || partOfPlural(toks, n.j+1) || qualifiedPlural(toks, n.j+1) {
				if sym, unit := unitWordIDs.get(toks[n.j+1].id); !unit || !isLengthUnit(sym) {
					n.scale(1e6)
					n.j++
					n.mSuffix = 0
				}
			}
		} else if s, ok := scaleSuffixes[suf]; ok && (suf != "b" || afterCurrency(toks, k) || countedAfter(toks, n.j+1) || !nounAfter(toks, n.j+1)) &&
			(suf != "K" || t.decimals < 2 || afterCurrency(toks, k)) {
			// "573.15K" is kelvins: nobody writes thousands to two decimals.
			// A "b" is a billion of money or of people ("$3b", "7b
			// people"); elsewhere ("a 9000b frame") it is bits, which the
			// unit rule reads, unsure.
			n.scale(s)
			n.j++
		}
	}
	n.readScaleWords(toks)
	n.readHalf(toks)
	// "10-fold", "10fold": a multiplier.
	if j := n.j; j < len(toks) && !toks[j].space {
		if toks[j].text == "-" && j+1 < len(toks) && !toks[j+1].space {
			j++
		}
		if toks[j].text == "fold" {
			n.fold, n.j = true, j+1
			n.plainInt = false
			return n, true
		}
	}
	// Digits that words continue: "3 hundred and 21", "3 dozens", "2000
	// over 3".
	if n.mSuffix == 0 {
		if v, end, ok := readSpelled(toks, k); ok && end > n.j {
			n.value, n.j = v, end
			n.plainInt = false
			n.precision = spelledStep(v)
		}
	}
	n.readRatio(toks)
	return n, true
}

// readPower reads scientific forms: "1.3x10^6", "1.2 x 10^9", "6.02×10²³",
// "2.48×10−5", "5.5x10-3", "6.23x10^-4", and a power of the number itself,
// "2.5^-1".
func (n *numSpan) readPower(toks []token) {
	j := n.j
	if j+1 < len(toks) && (toks[j].raw == "x" || toks[j].raw == "X" || toks[j].text == "×") &&
		toks[j+1].kind == tokNum && toks[j+1].text == "10" && toks[j].space == toks[j+1].space {
		if e, end, ok := readExponent(toks, j+2, true); ok {
			n.setPower(n.value*math.Pow(10, e), end)
		}
		return
	}
	if j < len(toks) && toks[j].text == "^" && !toks[j].space {
		if e, end, ok := readExponent(toks, j, false); ok {
			n.setPower(math.Pow(n.value, e), end)
		}
	}
}

func (n *numSpan) setPower(v float64, end int) {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return
	}
	n.value, n.j = v, end
	n.plainInt, n.precision = false, 0
	n.power = true
}

// readExponent reads the exponent written after a base at k: "^6", "^-4",
// superscript digits ("²³", "⁻⁵") or, after "×10" (bare true), an attached
// minus and digits ("10−5").
func readExponent(toks []token, k int, bare bool) (float64, int, bool) {
	if k >= len(toks) || toks[k].space {
		return 0, k, false
	}
	sign := 1.0
	switch {
	case toks[k].text == "^":
		k++
		for k < len(toks) && (toks[k].text == "-" || toks[k].text == "+") && !toks[k].space {
			if toks[k].text == "-" {
				sign = -sign
			}
			k++
		}
	case isSuperscript(toks[k].raw):
		e, end := 0.0, k
		for end < len(toks) && isSuperscript(toks[end].raw) && (end == k || !toks[end].space) {
			if d := superscriptDigits[toks[end].raw]; d >= 0 {
				e = e*10 + float64(d)
			} else {
				sign = -sign
			}
			end++
		}
		if end == k+1 && superscriptDigits[toks[k].raw] < 0 {
			return 0, k, false
		}
		return sign * e, end, e <= 308
	case bare && toks[k].text == "-":
		sign = -1
		k++
	default:
		return 0, k, false
	}
	if k >= len(toks) || toks[k].kind != tokNum || toks[k].space || toks[k].num > 308 || toks[k].decimals >= 0 {
		return 0, k, false
	}
	return sign * toks[k].num, k + 1, true
}

// superscriptDigits are the superscript digits and minus sign (-1) of
// powers written in Unicode: "10²³", "10⁻⁵".
var superscriptDigits = map[string]int{
	"⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9, "⁻": -1,
}

func isSuperscript(raw string) bool {
	_, ok := superscriptDigits[raw]
	return ok
}

// readTolerance reads a stated tolerance after the number, "2,000.45±0.01"
// or "12 +/- 2", and keeps it as the figure's precision.
func (n *numSpan) readTolerance(toks []token) {
	j := n.j
	if j+1 < len(toks) && toks[j].text == "±" {
		j++
	} else if j+3 < len(toks) && toks[j].text == "+" && toks[j+1].text == "/" && toks[j+2].text == "-" && !toks[j+1].space && !toks[j+2].space {
		j += 3
	} else {
		return
	}
	if toks[j].kind != tokNum || toks[j].num > math.Abs(n.value) {
		return
	}
	n.precision = 2 * toks[j].num
	n.plainInt = false
	n.j = j + 1
}

// readHalf reads "and a half" after a whole number: "six and a half years".
func (n *numSpan) readHalf(toks []token) {
	j := n.j
	if j+2 < len(toks) && toks[j].text == "and" && (toks[j+1].text == "a" || toks[j+1].text == "one") && toks[j+2].text == "half" && n.value == math.Trunc(n.value) {
		// "3 million and a half" is 3.5 million.
		unit := max(n.mult, 1)
		if n.mult == 0 && n.written {
			for unit*1000 <= n.value {
				unit *= 1000
			}
		}
		n.value += 0.5 * unit
		n.j = j + 3
		n.plainInt = false
		n.bareOne = false
		n.precision = 0.5 * max(n.mult, 1)
	}
}

// roundingStep is the step of a numeral's last stated digit: 0.1 for 4.9,
// 1 for 25, 100 for 1,200 (a figure with trailing zeros may be rounded to
// them; the comparer decides how far to trust that).
func roundingStep(t *token) float64 {
	if t.decimals > 0 {
		return math.Pow(10, -float64(t.decimals))
	}
	// Trailing zeros may be rounding, to no more than a tenth of the
	// figure: 1,200 may round 1,150–1,250, but 100 only 95–105.
	step := 1.0
	if t.num >= 100 && t.num <= 1<<53 && t.num == math.Trunc(t.num) {
		// A whole number that a float holds exactly: its trailing zeros
		// counted in integers, as math.Mod would find them at many times
		// the cost.
		for u := uint64(t.num); u >= 10 && u%10 == 0 && step*10 <= t.num/10; u /= 10 {
			step *= 10
		}
	} else if t.num >= 100 {
		for v := t.num; v >= 10 && math.Mod(v, 10) == 0 && step*10 <= t.num/10; v /= 10 {
			step *= 10
		}
	}
	return step
}

// slashFraction reads "a/b" at k with b a small denominator and a < b.
func slashFraction(toks []token, k int) (num, den float64, end int, ok bool) {
	if k+2 >= len(toks) || toks[k].kind != tokNum || toks[k+1].text != "/" || toks[k+2].kind != tokNum ||
		toks[k+1].space || toks[k+2].space || toks[k].decimals >= 0 || toks[k+2].decimals >= 0 {
		return 0, 0, 0, false
	}
	num, den = toks[k].num, toks[k+2].num
	// The denominators that fractions are written with; "9/11" is a date
	// become a name. Before "of" any will do: "about 1/40 of the wavelength".
	if k+3 < len(toks) && toks[k+3].text == "of" {
		if den > 1000 {
			return 0, 0, 0, false
		}
	} else if !fractionDenominators[den] {
		return 0, 0, 0, false
	}
	if den < 2 || num >= den || num < 1 {
		return 0, 0, 0, false
	}
	// A date such as 3/4/2024 is not a fraction.
	if k+3 < len(toks) && toks[k+3].text == "/" && !toks[k+3].space {
		return 0, 0, 0, false
	}
	return num, den, k + 3, true
}

func (n *numSpan) scale(s float64) {
	if n.mult == 0 {
		n.mult = 1
	}
	n.mult *= s
	n.value = product(n.value, s)
	n.precision *= s
	n.scaled = true
	n.plainInt = false
}

// product is v·f rounded to 15 significant digits: "16.4 billion" is
// 16,400,000,000, not the binary product's 16,399,999,999.999998, and "41
// cents" 0.41 dollars.
func product(v, f float64) float64 {
	p := v * f
	if p == 0 || math.IsInf(p, 0) || math.IsNaN(p) {
		return p
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(p, 'g', 15, 64), 64)
	if err != nil {
		return p
	}
	return r
}

// readScaleWords applies "million", "bn", "thousand" written after the
// number ("1.5 million", "3 billion", "two hundred thousand").
func (n *numSpan) readScaleWords(toks []token) {
	for n.j < len(toks) {
		hyphen := 0
		// "a 1.8-billion-mile trip"
		if toks[n.j].text == "-" && !toks[n.j].space && n.j+1 < len(toks) && !toks[n.j+1].space && scaleWordIDs.at(toks[n.j+1].id) > 0 {
			hyphen = 1
		}
		if toks[n.j+hyphen].kind != tokWord {
			return
		}
		w := toks[n.j+hyphen].text
		s, ok := scaleWordIDs.get(toks[n.j+hyphen].id)
		if !ok {
			if w == "dozen" {
				s, ok = 12, true
			} else if s2, ok2 := scaleSuffixRaw.get(&toks[n.j]); ok2 && (len(toks[n.j].raw) >= 2 || spacedScaleLetter(toks, n.j)) {
				s, ok = s2, true
			} else if toks[n.j].raw == "G" && spacedScaleLetter(toks, n.j) {
				s, ok = 1e9, true // "1,674.5 G" closing a bare figure: giga
			}
		}
		if !ok {
			return
		}
		n.scale(s)
		n.j += 1 + hyphen
	}
}

// readRatio turns "one in five" and "1 in 10" into a share (a percent).
func (n *numSpan) readRatio(toks []token) {
	j := n.j
	if j+1 >= len(toks) || n.value <= 0 || n.scaled {
		return
	}
	switch {
	case toks[j].text == "in":
		j++
	case toks[j].text == "out" && j+2 < len(toks) && toks[j+1].text == "of":
		j += 2
	default:
		return
	}
	d, ok := parseNumberAt(toks, j)
	if !ok || d.value <= n.value || d.ordinal || d.share || d.vague || d.value > 1e6 {
		return
	}
	// "1 in 5" is a ratio; "5 in 2022" is not.
	if d.plainInt && d.value >= 1000 {
		return
	}
	n.value = n.value / d.value * 100
	n.share = true
	n.bareOne = false
	n.plainInt = false
	n.precision = 0
	n.j = d.j
}

// parseWordNumber reads written numbers: cardinals (twenty-five, one hundred
// and twelve, a dozen), fractions (half, a third, two-thirds), vague amounts
// (hundreds of, tens of thousands) and ordinals (third, twenty-first).
func parseWordNumber(toks []token, k int) (numSpan, bool) {
	w := toks[k].text
	n := numSpan{i: k, j: k + 1, written: true, precision: 1}

	// Vague amounts: "dozens of", "tens of thousands of".
	if mul, ok := vagueMultiplierIDs.get(toks[k].id); ok && k+2 < len(toks) && toks[k+1].text == "of" {
		if va, ok := vagueAmountIDs.get(toks[k+2].id); ok && toks[k+2].text != "dozens" {
			scale := va.low / 2
			n.value, n.low, n.high, n.vague, n.j = scale*mul*2, scale*mul*2, scale*mul*10, true, k+3
			if w == "dozens" {
				n.value, n.low, n.high = scale*24, scale*24, scale*100
			}
			return n, true
		}
	}
	if va, ok := vagueAmountIDs.get(toks[k].id); ok {
		// Only as an amount: "hundreds of", "thousands more", "thousands
		// fled" — not "the 1990s" (lexed as a number) nor a unit.
		if k+1 >= len(toks) || toks[k+1].text == "of" || toks[k+1].kind == tokWord || toks[k+1].kind == tokPunct {
			n.value, n.low, n.high, n.vague = va.low, va.low, va.high, true
			return n, true
		}
		return n, false
	}

	// "a"/"an": "a hundred", "a million", "a dozen", "a couple of",
	// "a third of", "a quarter of a percentage point", "a half".
	if w == "absolute" && k+1 < len(toks) && toks[k+1].text == "zero" {
		n.value, n.j, n.absoluteZero = 0, k+2, true
		return n, true
	}
	if w == "a" || w == "an" {
		if k+1 >= len(toks) {
			return n, false
		}
		next := toks[k+1].text
		if articleSpan(toks, k) {
			// "more than a century", "about an hour", "a decade": one of
			// the span, which the unit after it makes a duration.
			n.value, n.j = 1, k+1
			return n, true
		}
		if toks[k+1].kind == tokWord && toks[k+1].class&clsArticleNumber == 0 {
			return n, false // none of the words below
		}
		if oneOfUnit(toks, k) {
			// "a gallon of beer", "a penny!": one of the unit.
			n.value = 1
			return n, true
		}
		switch {
		case next == "couple" && k+2 < len(toks) && toks[k+2].text == "of":
			n.value, n.approx, n.j = 2, true, k+2
			if isUnitStart(toks, k+3) {
				n.j = k + 3 // "a couple of days": the unit follows
			}
			return n, true
		case next == "dozen":
			n.value, n.j = 12, k+2
			n.readScaleWords(toks)
			return n, true
		case scaleWordIDs.at(toks[k+1].id) > 0:
			n.value = 1
			n.j = k + 1
			n.readScaleWords(toks)
			return n, true
		}
		afterBound := k > 0 && (toks[k-1].text == "by" || singleBoundIDs.has(toks[k-1].id) || toks[k-1].text == "to" || toks[k-1].text == "than")
		if den, ok := fractionWords[next]; ok && next != "fourth" && (isShareContext(toks, k+2) || afterBound || k+2 >= len(toks) || toks[k+2].kind == tokPunct) {
			n.value, n.share, n.j = 1/den, true, k+2
			n.fractionOf(toks)
			return n, true
		}
		return n, false
	}

	if w == "half" {
		if k > 0 && (toks[k-1].text == "first" || toks[k-1].text == "second" || toks[k-1].text == "the" || toks[k-1].text == "latter") {
			return n, false // "the first half of the year"
		}
		if !isShareContext(toks, k+1) && !(k > 0 && (toks[k-1].text == "by" || toks[k-1].text == "than" || singleBoundIDs.has(toks[k-1].id))) {
			return n, false
		}
		n.value, n.share = 0.5, true
		n.fractionOf(toks)
		return n, true
	}

	if _, ok := cardinalIDs.get(toks[k].id); ok || w == "hundred" {
		v, j, ok := readCardinal(toks, k)
		if !ok {
			return n, false
		}
		n.value, n.j = v, j
		// "three thousand": the scale it ends in, for a range to spread.
		if sc := scaleWordIDs.at(toks[j-1].id); sc >= 1e3 && j-1 > k {
			n.mult = sc
		}
		// "two-thirds", "three quarters": a share.
		if n.j < len(toks) && v >= 1 && v < 20 {
			jj := n.j
			if toks[jj].text == "-" && !toks[jj].space && jj+1 < len(toks) {
				jj++
			}
			if den, ok := fractionWordIDs.get(toks[jj].id); ok && den > v && (toks[jj].text != "second" && toks[jj].text != "fourth" || toks[jj].text == "fourths") {
				n.value, n.share, n.j = v/den, true, jj+1
				n.fractionOf(toks)
				return n, true
			}
			// "three halves": an improper fraction is a number, not a share;
			// but "seven quarters" are periods of a year ("the highest
			// growth in seven quarters"), as spAccept reads them too.
			if den, ok := fractionWordIDs.get(toks[jj].id); ok && den <= v && jj == n.j && strings.HasSuffix(toks[jj].text, "s") && toks[jj].text != "seconds" && toks[jj].text != "quarters" {
				n.value, n.j = v/den, jj+1
				n.precision = 0
				return n, true
			}
		}
		// "two dozen"
		if n.j < len(toks) && toks[n.j].text == "dozen" {
			n.value *= 12
			n.j++
		}
		n.readScaleWords(toks)
		if (w == "one") && n.j == k+1 {
			n.bareOne = true
		}
		n.readHalf(toks)
		n.readRatio(toks)
		// Hyphenated ordinals: "twenty-first".
		if n.j+1 < len(toks) && toks[n.j].text == "-" && !toks[n.j].space {
			if o, ok := ordinalWordIDs.get(toks[n.j+1].id); ok && o < 10 && math.Mod(n.value, 10) == 0 {
				n.value += o
				n.ordinal = true
				n.j += 2
			}
		}
		return n, true
	}

	if o, ok := ordinalWordIDs.get(toks[k].id); ok {
		n.value, n.ordinal = o, true
		return n, true
	}
	if v, ok := foldWordIDs.get(toks[k].id); ok {
		n.value, n.fold = v, true
		return n, true
	}
	return n, false
}

// oneOfUnit reports "a gallon of", "a mile of", or a small coin standing
// alone ("a penny!") at k: one of the unit. After a figure ("$80 a
// barrel") the "a" means per, and is no figure.
func oneOfUnit(toks []token, k int) bool {
	if k+2 > len(toks) {
		return false
	}
	if k > 0 {
		if p := &toks[k-1]; p.kind == tokNum || p.kind == tokSym || p.class&clsNumber != 0 || scaleWordIDs.at(p.id) > 0 || scaleSuffixRaw.at(p) > 0 || currencyWordIDs.at(p.id).code != "" {
			return false
		}
	}
	next, id := toks[k+1].text, toks[k+1].id
	if _, coin := smallCoinIDs.get(id); coin && next != "p" {
		return k+2 == len(toks) || toks[k+2].kind == tokPunct
	}
	sym, unit := unitWordIDs.get(id)
	return unit && len(next) > 2 && k+2 < len(toks) && toks[k+2].text == "of" && unitDimension(sym) != "angle"
}

// articleSpan reports an "a"/"an" at k that stands for one of the span of
// time after it: after a hedge ("more than a century", "about an hour", "at
// least a week"), or before a span of many years (spanYears: "a decade").
// Alone, "a year" or "a day" is most often a rate or a relative time ("twice
// a year", "a day earlier"); "a second" is most often an ordinal, and "over a
// week" the time over which something happened.
func articleSpan(toks []token, k int) bool {
	nx := &toks[k+1]
	if nx.kind != tokWord || nx.text == "second" {
		return false
	}
	unit, ok := durationUnitIDs.get(nx.id)
	if !ok || unit != nx.text {
		return false // "a years": only the singular
	}
	if spanYears[unit] > 0 {
		return k == 0 || toks[k-1].text != "per" && toks[k-1].text != "once" && toks[k-1].text != "twice"
	}
	if k == 0 {
		return false
	}
	p := toks[k-1].text
	return p == "than" || p == "least" || p == "most" || singleBoundIDs.has(toks[k-1].id) && p != "over"
}

// isShareContext reports whether a fraction word at k-1 reads as a share:
// followed by "of", by "a"/"an"/"the" (half a billion, half the
// population), or by a number or scale.
func isShareContext(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].text {
	case "of", "a", "an", "the", "their", "its", "his", "her", "our", "those", "these", "them",
		"higher", "lower", "more", "less", "bigger", "larger", "smaller", "cheaper", "above", "below":
		return true
	}
	return false
}

// fractionOf applies a fraction to what follows: "half a billion" (5e8),
// "a quarter of a percentage point" (0.25 pp), "a third of a mile". When
// the fraction is of a scale or unit it is no longer a share.
func (n *numSpan) fractionOf(toks []token) {
	j := n.j
	// "a quarter-point reduction": a quarter of a percentage point
	if j+1 < len(toks) && toks[j].text == "-" && !toks[j].space && !toks[j+1].space && toks[j+1].text == "point" && n.share && n.value < 1 {
		n.share, n.points = false, true
		n.precision = 0
		n.j = j + 2
		return
	}
	// "one-half miles": the fraction of a unit that follows at once.
	if j < len(toks) && toks[j].text != "of" && isUnitStart(toks, j) && !isShareContext(toks, j) {
		n.share = false
		n.precision = 0
		return
	}
	if j < len(toks) && toks[j].text == "of" {
		j++
	}
	if j+1 < len(toks) && (toks[j].text == "a" || toks[j].text == "an") {
		next := toks[j+1].text
		if s, ok := scaleWords[next]; ok && s >= 1e3 {
			n.value *= s
			n.share = false
			n.scaled = true
			n.j = j + 2
			n.precision = s / 100
			return
		}
		if next == "dozen" {
			n.value *= 12
			n.share = false
			n.j = j + 2
			return
		}
		// "half a percentage point", "a quarter of a mile": the unit rules
		// read what follows; the fraction is a plain number now.
		if isUnitStart(toks, j+1) {
			n.share = false
			n.j = j + 1
			n.precision = 0 // a fraction word is exact
			return
		}
	}
	if n.share {
		n.value *= 100
		n.precision = 0
	}
}

// isUnitStart reports whether a unit, a percent word or a duration begins at
// token k.
func isUnitStart(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].text
	if _, ok := unitWords[w]; ok {
		return true
	}
	if _, ok := durationUnits[w]; ok {
		return true
	}
	if _, ok := currencyWords[w]; ok {
		return true
	}
	return w == "percentage" || w == "percent" || w == "per" || w == "basis" || w == "mile" || w == "kilometre"
}

// readCardinal reads a written cardinal from k: "twenty-five", "one hundred
// and twelve", "three million", "forty thousand". It follows the grammar of
// English numbers so that "one two" or "five six" stop after the first word.
func readCardinal(toks []token, k int) (float64, int, bool) {
	const (
		none = iota
		units
		teens
		tens
		hundred
		scale
	)
	var total, current float64
	last := none
	lastScale := math.Inf(1)
	j := k
	for j < len(toks) && (toks[j].kind == tokWord || toks[j].text == "," || toks[j].text == "&") {
		w := toks[j].text
		// "three million, two hundred & forty": a comma inside a written
		// number, where what follows goes on to a hundred or a smaller scale.
		if w == "," && last == scale && j+2 < len(toks) && cardinalIDs.at(toks[j+1].id) > 0 &&
			(toks[j+2].text == "hundred" || scaleWordIDs.at(toks[j+2].id) >= 1e3 && scaleWordIDs.at(toks[j+2].id) < lastScale) {
			j++
			continue
		}
		if w == "&" {
			w = "and"
		}
		// By the token's ID: "&", read as "and", is no cardinal or scale
		// either way.
		if c, ok := cardinalIDs.get(toks[j].id); ok {
			cat := units
			switch {
			case c >= 20:
				cat = tens
			case c >= 10:
				cat = teens
			}
			okNext := last == none || last == hundred || last == scale || (last == tens && cat == units)
			if !okNext {
				break
			}
			current += c
			last = cat
			j++
			// "twenty-five"
			if cat == tens && j+1 < len(toks) && toks[j].text == "-" && !toks[j].space && !toks[j+1].space {
				if u, ok := cardinalIDs.get(toks[j+1].id); ok && u >= 1 && u <= 9 {
					current += u
					last = units
					j += 2
				}
			}
			continue
		}
		if w == "hundred" && last == none && j+1 < len(toks) && bigScaleIDs.at(toks[j+1].id) > 0 {
			// "hundred thousand dollars": a hundred, its "a" left out.
			current, last = 100, hundred
			j++
			continue
		}
		if w == "hundred" && (last == units || last == teens || last == tens) && current < 100 {
			current *= 100
			last = hundred
			j++
			continue
		}
		if s, ok := scaleWordIDs.get(toks[j].id); ok && s >= 1e3 && last != none && last != scale && s < lastScale {
			total += current * s
			current = 0
			last = scale
			lastScale = s
			j++
			continue
		}
		if w == "and" && (last == hundred || last == scale) && j+1 < len(toks) {
			if c, ok := cardinalIDs.get(toks[j+1].id); ok && c > 0 {
				j++
				continue
			}
		}
		break
	}
	if last == none {
		return 0, k, false
	}
	return total + current, j, true
}

// peopleAdjectives name people as a plural noun ("1.2m unemployed", "2m
// homeless"): an "m" before them counts millions, not metres.
var peopleAdjectives = map[string]bool{
	"unemployed": true, "homeless": true, "displaced": true, "jobless": true, "poor": true,
	"elderly": true, "uninsured": true, "undocumented": true, "dead": true, "injured": true,
}

// partOfPlural reports "of its users", "of the voters" at k: a part of a
// plural whole, which an "m" before it counts in millions.
func partOfPlural(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].text == "of" && toks[k+1].class&clsDeterminer != 0 && isPluralNoun(toks[k+2].text) && !isUnitStart(toks, k+2)
}

// nounAfter reports a word at k that is no function word: "a 9000b frame".
func nounAfter(toks []token, k int) bool {
	return k < len(toks) && toks[k].kind == tokWord && toks[k].class&clsSubjectStop == 0
}

// qualifiedPlural reports a modifier then a plural noun at k ("eligible
// voters", "new homes"), which an "m" before counts in millions; a
// dimension ("7m high wall", "4m long") keeps it metres.
func qualifiedPlural(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].kind == tokWord && toks[k].class&clsSubjectStop == 0 && !dimensionAdjectiveIDs.has(toks[k].id) &&
		!isUnitStart(toks, k) && countedAfter(toks, k+1) && toks[k].text != "-"
}

// countedAfter reports a plural noun (not a unit) at k: "7b people".
func countedAfter(toks []token, k int) bool {
	return k < len(toks) && toks[k].kind == tokWord && isPluralNoun(toks[k].text) && toks[k].class&clsSubjectStop == 0 && !isUnitStart(toks, k)
}

// afterCurrency reports a currency sign, code or letter prefix just before
// the numeral at k: "$3b", "US$3b", "RM3b".
func afterCurrency(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := &toks[k-1]
	return p.kind == tokSym && currencySymbolIDs.at(p.id) != "" || currencyCodeRaw.at(p) || letterCurrencyRaw.at(p) != "" || dollarPrefixRaw.at(p) != ""
}

// spacedScaleLetter reports a one-letter scale set apart from its number
// ("about 7 B people"): a scale only before a counted plural noun, else
// too often a name or a unit.
func spacedScaleLetter(toks []token, j int) bool {
	switch toks[j].raw {
	case "B", "M", "K", "k", "b", "G":
		// "about 7 B people"; or closing a bare figure: " 2.33 k".
		return toks[j].space && (countedAfter(toks, j+1) || j+1 == len(toks) && j == 1)
	}
	return false
}

// plusOrMinus reports the "minus" of "plus or minus 2%": a tolerance, read
// as "±2%" is, never a negative figure.
func plusOrMinus(toks []token, k int) bool {
	return k >= 2 && toks[k].text == "minus" && toks[k-1].text == "or" && toks[k-2].text == "plus"
}
