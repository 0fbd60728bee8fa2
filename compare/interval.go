package compare

import (
	"math"
	"strconv"
	"strings"

	"github.com/figcheck/figcheck/facts"
)

// DefaultApproxTolerance is the relative half-width given to an approximate
// figure when Options.ApproxTolerance is zero: "about 19%" covers
// 19 ± 1.9 (and ± half its rounding step).
const DefaultApproxTolerance = 0.10

// interval is a set of reals from lo to hi; an open end excludes its bound;
// ±Inf stands for an unbounded side.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

func closed(lo, hi float64) interval { return interval{lo: lo, hi: hi} }

// intersect returns the common part of a and b (possibly empty).
func (a interval) intersect(b interval) interval {
	r := a
	if b.lo > a.lo || b.lo == a.lo && b.loOpen {
		r.lo, r.loOpen = b.lo, b.loOpen
	}
	if b.hi < a.hi || b.hi == a.hi && b.hiOpen {
		r.hi, r.hiOpen = b.hi, b.hiOpen
	}
	return r
}

// near reports whether x and y are equal up to float noise.
func near(x, y float64) bool {
	if x == y { // what near says of equal numbers, infinite or not, asked of most
		return true
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return x == y
	}
	return math.Abs(x-y) <= 1e-9*max(1, math.Abs(x), math.Abs(y)) // the builtin: math.Max is a call, and its answers are the same
}

// empty reports whether iv holds no number; with integer set, whether it
// holds no whole number (counts are whole).
func (iv interval) empty(integer bool) bool {
	if integer {
		return firstInt(iv) > lastInt(iv)
	}
	if near(iv.lo, iv.hi) {
		return iv.loOpen || iv.hiOpen
	}
	return iv.lo > iv.hi
}

func isWhole(x float64) bool { return near(x, math.Round(x)) }

func firstInt(iv interval) float64 {
	if math.IsInf(iv.lo, 0) {
		return iv.lo
	}
	if isWhole(iv.lo) {
		r := math.Round(iv.lo)
		if iv.loOpen {
			r++
		}
		return r
	}
	return math.Ceil(iv.lo)
}

func lastInt(iv interval) float64 {
	if math.IsInf(iv.hi, 0) {
		return iv.hi
	}
	if isWhole(iv.hi) {
		r := math.Round(iv.hi)
		if iv.hiOpen {
			r--
		}
		return r
	}
	return math.Floor(iv.hi)
}

// overlaps reports whether a and b have a number (a whole number if integer)
// in common.
func (a interval) overlaps(b interval, integer bool) bool {
	// two figures far apart (most pairs a block compares) need no rounding
	// to tell: the common part's ends more than float noise apart (near's
	// 1e-9, twice over for the whole numbers' rounding at each end) hold
	// no number. Infinite or NaN ends fail the test and are read in full,
	// and so do ends in order (lo ≤ hi), whose gap is never above the
	// tolerance: it is not made for them.
	if lo, hi := max(a.lo, b.lo), min(a.hi, b.hi); lo > hi && lo-hi > 1e-6*max(1, math.Abs(lo), math.Abs(hi)) {
		return false
	}
	return !a.intersect(b).empty(integer)
}

// unbounded reports whether an end of the interval is infinite.
// containsClosed reports whether x lies in iv with its ends.
func (iv interval) containsClosed(x float64) bool { return x >= iv.lo && x <= iv.hi }

func (iv interval) unbounded() bool { return math.IsInf(iv.lo, 0) || math.IsInf(iv.hi, 0) }

// scale applies base = v*k + off to both ends (k > 0).
func (iv interval) scale(k, off float64) interval {
	iv.lo = iv.lo*k + off
	iv.hi = iv.hi*k + off
	return iv
}

// factInterval is the interval a fact's wording allows, in the fact's own
// unit, and the rounding step used. whole says the figure counts whole
// things. ok is false for a fact with no figure (a date).
//
// A figure stated alone is widened: exact covers what rounds to it,
// [v−s/2, v+s/2); approx covers v ± max(tol·|v|, s/2), and at least ±1 for
// a whole count. A bound is taken at its word: at least, more than, at most,
// less than and the ends of a range are not widened.
func factInterval(f *facts.Fact, tol float64, whole bool) (iv interval, step float64, ok bool) {
	v, ok := figure(f)
	if !ok {
		return interval{}, 0, false
	}
	step = precisionOf(f, v)
	h := step / 2
	if av := math.Abs(v); av > 0 && h > maxRounding*av && f.Bound == facts.BoundExact {
		// An unhedged figure covers what rounds to it, but never more
		// than ±5%: "$4bn" is 3.8 to 4.2bn, so "$3.5 billion" conflicts.
		h = maxRounding * av
	}
	low, high := v, v
	if f.Low != nil {
		low = *f.Low
	}
	if f.High != nil {
		high = *f.High
	}
	inf := math.Inf(1)
	switch f.Bound {
	case facts.BoundApprox:
		w := tol * math.Abs(v)
		if whole {
			w = math.Max(w, 1)
		}
		if below(f.Text) {
			// "nearly 1,500", "almost 50%": below the figure, within the
			// tolerance
			return interval{lo: v - math.Max(w, h), hi: v, hiOpen: true}, step, true
		}
		if h > w {
			// The rounding of the stated figure is wider than the
			// tolerance: "about 2%" covers what rounds to 2, [1.5, 2.5),
			// and so does not meet "about 1%", [0.5, 1.5).
			return interval{lo: v - h, hi: v + h, hiOpen: true}, step, true
		}
		return closed(v-w, v+w), step, true
	case facts.BoundAtLeast:
		return interval{lo: low, hi: inf}, step, true
	case facts.BoundMoreThan:
		return interval{lo: low, hi: inf, loOpen: true}, step, true
	case facts.BoundAtMost:
		return interval{lo: -inf, hi: high}, step, true
	case facts.BoundLessThan:
		return interval{lo: -inf, hi: high, hiOpen: true}, step, true
	case facts.BoundRange:
		if f.High == nil {
			return interval{lo: low, hi: inf}, step, true
		}
		if !hasDigit(f.Text) {
			// A vague amount (dozens of: [24, 100)) states its own interval,
			// upper end exclusive.
			return interval{lo: low, hi: high, hiOpen: true}, step, true
		}
		return closed(low, high), step, true
	default: // exact
		return interval{lo: v - h, hi: v + h, hiOpen: h > 0}, step, true
	}
}

// maxRounding is the widest relative half-width the rounding of an
// unhedged figure may cover.
const maxRounding = 0.05

// belowHedges are the hedges that put a figure's true value under it.
var belowHedges = []string{"nearly", "almost", "just under", "just shy of", "shy of", "just short of", "close to but"}

// belowFirst marks the ASCII bytes that lower case to a hedge's first byte.
var belowFirst = func() (out [0x80]bool) {
	for _, h := range belowHedges {
		for c := range out {
			if strings.ToLower(string(rune(c)))[0] == h[0] {
				out[c] = true
			}
		}
	}
	return out
}()

// below reports whether a figure's text opens with a hedge that puts the
// true value under the figure.
func below(text string) bool {
	// most figures open with a digit: an ASCII first byte that lower
	// cases to no hedge's first byte opens none (a byte past ASCII is
	// read in full)
	if len(text) == 0 || text[0] < 0x80 && !belowFirst[text[0]] {
		return false
	}
	t := strings.ToLower(text)
	for _, h := range belowHedges {
		// h and a space, without making h+" " for every hedge
		if len(t) > len(h) && t[len(h)] == ' ' && strings.HasPrefix(t, h) {
			return true
		}
	}
	return false
}

// figure is the fact's number: Value, else the bound it states.
func figure(f *facts.Fact) (float64, bool) {
	switch {
	case f.Value != nil:
		return *f.Value, true
	case f.Low != nil:
		return *f.Low, true
	case f.High != nil:
		return *f.High, true
	}
	return 0, false
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
}

// precisionOf is the rounding step of a figure: Fact.Precision when set and
// no coarser than the figure itself (a step above |v| would let the figure
// round to zero: 0.25 "to the unit" is a misreading, not a rounding), else
// derived from the first numeral of Text (the step of its last stated
// digit, scaled as the value is: "$4.9bn" → 1e8, "30p" → 0.01). A plain
// whole number is exact to the unit ("30 killed" means 30) unless it ends in
// three zeros or more: then it is taken as rounded, to at least two
// significant digits ("20,000" → step 1,000; "150,000" → 10,000). A figure
// written in words is exact to the unit below 1,000 ("forty", "a fifth") and
// rounded to its last non-zero digit above ("two million" → 1e6); a
// fraction that is not whole ("a third" = 33.333333) has step 0.
func precisionOf(f *facts.Fact, v float64) float64 {
	av := math.Abs(v)
	if ratioInWords(f) {
		// "two in three", "a quarter", "half": a ratio in words is a
		// rounded share, as coarse as the widest rounding an unhedged
		// figure may have; "two in three" meets "66%" and "67%", not "72%".
		return 2 * maxRounding * av
	}
	if f.Precision > 0 && (f.Precision <= av || av == 0) {
		return f.Precision
	}
	nums := numerals(f.Text)
	if len(nums) == 0 {
		if !isWhole(av) {
			return 0
		}
		if av < 1000 {
			return 1
		}
		return trailingStep(av)
	}
	n := nums[0]
	decimals := 0
	for _, m := range nums {
		decimals = max(decimals, m.decimals)
	}
	if n.value == 0 {
		return math.Pow10(-decimals)
	}
	scale := av / n.value
	if p := math.Round(math.Log10(scale)); near(scale, math.Pow10(int(p))) {
		scale = math.Pow10(int(p))
	}
	if decimals > 0 {
		return math.Pow10(-decimals) * scale
	}
	if !near(scale, 1) {
		return scale // "$2bn": the unit of the mantissa, scaled
	}
	if z := trailingZeros(n.value); z >= 3 {
		return math.Min(math.Pow10(z), math.Pow10(int(math.Floor(math.Log10(n.value/10)))))
	}
	return 1
}

// ratioInWords reports a share stated as a ratio of words or small
// numbers ("two in three", "two-thirds", "1 in 4", "half") rather than as a
// percentage.
func ratioInWords(f *facts.Fact) bool {
	if f.Kind != facts.KindPercent || f.Unit != "%" {
		return false
	}
	t := strings.ToLower(f.Text)
	return !strings.Contains(t, "%") && !strings.Contains(t, "percent") && !strings.Contains(t, "per cent") && !strings.Contains(t, "pct")
}

// trailingStep is the place of the last non-zero digit of a whole number.
func trailingStep(v float64) float64 { return math.Pow10(trailingZeros(v)) }

func trailingZeros(v float64) int {
	z := 0
	for v >= 10 && near(math.Mod(v, 10), 0) {
		v = math.Round(v / 10)
		z++
	}
	return z
}

type numeral struct {
	value    float64
	decimals int
}

// numerals reads the numerals of a text: "1,200" → 1200; "4.9" → 4.9 with
// one decimal. A comma followed by exactly three digits groups thousands.
func numerals(s string) []numeral {
	var out []numeral
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		var b strings.Builder
		dec := -1
		j := i
		for j < len(s) {
			c := s[j]
			switch {
			case isDigitByte(c):
				b.WriteByte(c)
				if dec >= 0 {
					dec++
				}
				j++
				continue
			case c == ',' && dec < 0 && threeDigits(s, j+1):
				j++
				continue
			case c == '.' && dec < 0 && j+1 < len(s) && isDigitByte(s[j+1]):
				b.WriteByte('.')
				dec = 0
				j++
				continue
			}
			break
		}
		if x, err := strconv.ParseFloat(b.String(), 64); err == nil {
			out = append(out, numeral{value: x, decimals: max(dec, 0)})
		}
		i = j
	}
	return out
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// threeDigits reports whether s[i:] starts with exactly three digits.
func threeDigits(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigitByte(s[k]) {
			return false
		}
	}
	return i+3 == len(s) || !isDigitByte(s[i+3])
}

// fmtNum writes a number for a reason: seven significant digits at most,
// thousands grouped, no exponent.
func fmtNum(x float64) string {
	var buf [64]byte
	return string(appendNum(buf[:0], x))
}

// appendNum appends fmtNum(x) to b.
func appendNum(b []byte, x float64) []byte {
	switch {
	case math.IsInf(x, 1):
		return append(b, "∞"...)
	case math.IsInf(x, -1):
		return append(b, "-∞"...)
	}
	// formatted on the stack, then grouped into b: every figure of a
	// reason is written so
	var tmp [64]byte
	var s []byte
	if a := math.Abs(x); a >= 1 && a < 1e7 && x == math.Trunc(x) {
		// a whole number of seven digits or fewer (most figures): the
		// rounding below leaves it as it is (x·10^k is exact, and so is
		// its quotient), and strconv's shortest form of it is its digits
		s = strconv.AppendInt(tmp[:0], int64(x), 10)
	} else {
		if x != 0 {
			p := math.Pow10(6 - int(math.Floor(math.Log10(math.Abs(x)))))
			x = math.Round(x*p) / p
		}
		s = strconv.AppendFloat(tmp[:0], x, 'f', -1, 64)
	}
	if len(s) > 0 && s[0] == '-' {
		b = append(b, '-')
		s = s[1:]
	}
	intLen := len(s)
	for i, c := range s {
		if c == '.' {
			intLen = i
			break
		}
	}
	for i := 0; i < intLen; i++ {
		if i > 0 && (intLen-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	if intLen < len(s) && intLen+1 < len(s) {
		b = append(b, s[intLen:]...) // the point and the fraction
	}
	return b
}

// withUnit appends a unit to a formatted number.
func withUnit(num, unit string) string {
	switch unit {
	case "":
		return num
	case "%":
		return num + "%"
	}
	return num + " " + unit
}

// appendUnit appends to b, a number, what withUnit adds to it.
func appendUnit(b []byte, unit string) []byte {
	switch unit {
	case "":
		return b
	case "%":
		return append(b, '%')
	}
	return append(append(b, ' '), unit...)
}
