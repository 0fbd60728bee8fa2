package facts_test

// A second peer's suite: the English test cases of quantulum3
// (/work/shared/quantulum3-tests, see its README), run through Extract.
//
// A case passes when every expected quantity is found among Extract's
// facts, one fact per quantity (a fact overlapping the quantity's surface
// is preferred), where "found" means:
//
//   - the value equals the fact's value within a relative 1e-6; for a
//     range fact, quantulum3's value is the middle of the range ("3 to 4 L"
//     is 3.5), so the middle of the fact's low and high is compared;
//   - the unit: qUnits maps quantulum3's unit name to our canonical units,
//     with a factor ("a dozen" is 1 dozen there, 12 here). A fact also
//     matches by the figure as written (WrittenValue, WrittenUnit: "50
//     cents" is 0.5 USD, written 50 cent). "dimensionless" is a count or an
//     ordinal with no unit, a share read as a percent (one sixth → 16.67%),
//     or a year read as a date (1979 → the date 1979).
//
// A case with no expected quantity passes when Extract yields no count,
// percent, money, quantity, duration or age fact (dates are allowed: "in
// 2013-14"). Those cases are counted apart: the issue's pass rate is over
// the cases with results. Cases in qDeliberate are read differently on
// purpose; they stay in the pass rate's denominator as failures, and their
// reasons are listed.
//
// Run:
//
//	go test ./facts -run TestQuantulum -v
//	FIGCHECK_SCORE_DETAIL=1 go test ./facts -run TestQuantulum -v   # failing cases

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// floorQuantulum is the least pass rate, in percent of the cases with
// results (deliberate differences counted as failures), just under the rate
// measured when it was set.
const floorQuantulum = 85.0

// qUnit is what a quantulum3 unit maps to: any of units, at factor times
// quantulum3's value.
type qUnit struct {
	units  []string
	factor float64
}

func qUnitOf(units ...string) qUnit { return qUnit{units, 1} }

// qDimensionless is the unit name of a bare number.
const qDimensionless = "dimensionless"

// qUnits maps quantulum3's unit names to our canonical units. A name not
// listed makes its case fail ("unit outside figcheck"), and such cases
// belong in qDeliberate.
var qUnits = map[string]qUnit{
	"metre": qUnitOf("m"), "kilometre": qUnitOf("km"), "mile": qUnitOf("mi"), "inch": qUnitOf("in"),
	"nanometre": qUnitOf("nm"), "picometre": qUnitOf("pm"), "square kilometre": qUnitOf("km2"),
	"square mile": qUnitOf("mi2"), "cubic kilometre": qUnitOf("km3"),
	"week": qUnitOf("week"), "day": qUnitOf("day"), "year": qUnitOf("year"), "month": qUnitOf("month"),
	"hour": qUnitOf("hour"), "minute": qUnitOf("minute"),
	"gallon": qUnitOf("gal"), "litre": qUnitOf("l"), "centilitre": qUnitOf("cl"),
	"cubic centimetre": qUnitOf("ml"), "cup": qUnitOf("cup"), "tablespoon": qUnitOf("tbsp"),
	"percentage":     qUnitOf("%"),
	"pound sterling": qUnitOf("GBP"), "euro": qUnitOf("EUR"), "dollar": qUnitOf("USD"),
	"penny": qUnitOf("penny"), "cent": qUnitOf("cent"), "dime": qUnitOf("dime"),
	"exabyte": qUnitOf("EB"), "megabyte": qUnitOf("MB"), "byte": qUnitOf("B"), "bit": qUnitOf("bit"),
	"kilobit per second": qUnitOf("kbit/s"),
	"watt":               qUnitOf("W"), "watt hour": qUnitOf("Wh"), "megawatt hour": qUnitOf("MWh"),
	"british thermal unit": qUnitOf("Btu"), "electronvolt": qUnitOf("eV"), "teraelectronvolt": qUnitOf("TeV"),
	"gigahertz": qUnitOf("GHz"), "gray": qUnitOf("Gy"), "milligray": qUnitOf("mGy"),
	"tonne": qUnitOf("t"), "ton per day": qUnitOf("t/d"), "kilogram": qUnitOf("kg"), "milligram": qUnitOf("mg"),
	"pound-mass":     qUnitOf("lb"),
	"degree Celsius": qUnitOf("°C"), "degree fahrenheit": qUnitOf("°F"), "degree Fahrenheit": qUnitOf("°F"),
	"kelvin": qUnitOf("K"), "kilometre per hour": qUnitOf("km/h"), "litre per kilometre": qUnitOf("l/km"),
	"dozen": {[]string{""}, 12}, "gross": {[]string{""}, 144},
	"count per week": qUnitOf("/week"), "attometre": qUnitOf("am"), "kilogram per cubic centimetre": qUnitOf("kg/cm3"),
	"dollar per hour": qUnitOf("USD/hour"), "inverse second": qUnitOf("Hz"),
}

// qDeliberate lists the cases figcheck reads differently on purpose, by
// input, with the reason.
var qDeliberate = map[string]string{
	"A kibibyte is exactly 8x2^10 bits, which is approximately one thousand bytes.": "a unit named alone ('A kibibyte') is not a figure, and kibibytes are not a news unit",
	"Intel Core i7 860 Processor 2.80 GHz 8 MB LGA1156 CPU I7-860BOX":               "a model number is a name, not a count (issue 8: iPhone 15, A350)",
	"Treatment was reduced from 44 mg to 50 mg ethanol.":                            "'reduced from X to Y' is a change between two figures, not a range",
	"Give me -1e-3 W/min, now!":                                                     "watts per minute are not a news unit",
	"Objects fall with an acceleration of 9.83e-3 +/- 1e-5 km/s2":                   "accelerations with an uncertainty are not news figures",
	"The cost of gallium metal rose from about $350 per kg to $680 per kg":          "'rose from X to Y' is a change between two figures, not a range",
	"Workers on Ceres are exposed to 20 J/m^2 per year":                             "a compound unit of physics, not of news",
	"I want 1cds in this room!":                                                     "candela seconds are not a news unit",
	"45 Js l":                                                                       "joule seconds are not a news unit",
	"One gigaannum (1Ga) is a unit of time equal to one billion years":              "gigaannum is a unit of geology, not of news",
	"The dinosaur species Tyrannosaurus rex was abundant approximately 66 Ma ago":   "'Ma' (megaannum) is a unit of geology, not of news",
	"A baker's dozen is exactly 13 units whilst a gross is 144 (a square dozen).":   "'a baker's dozen' and 'a square dozen' are idioms, not figures",
	"Hubble's cameras are super sharp across a 2½' (150\") field":                   "' and \" are quotation marks in news, not minutes and seconds of arc",
	"32K word magnetic core memory board":                                           "a K against a number is a thousand, not a kibibyte",
	" in physics, a unit of surface area equal to 12 b":                             "'b' after a number is billions or bits, not barns",
	"Fermilab's Tevatron took about 4 years to reach 1 fb−1 in 2005, while two of CERN's LHC experiments, ATLAS and CMS, reached over 5 fb−1 of proton-proton data in 2011 alone.": "inverse femtobarns are a unit of particle physics, not of news",
}

type qCase struct {
	Req string `json:"req"`
	Res []qRes `json:"res"`
}

type qRes struct {
	Value   float64  `json:"value"`
	Unit    string   `json:"unit"`
	Surface string   `json:"surface"`
	Uncert  *float64 `json:"uncert"`
}

// qTally counts the outcomes of the suite.
type qTally struct {
	withResults, passed, deliberate, deliberatePassed int
	empty, emptyPassed                                int
	failures, reasons                                 []string
}

func quantulumDir(t *testing.T) string {
	wd, err := os.Getwd()
	require.NoError(t, err)
	return filepath.Join(wd, "..", "..", "shared", "quantulum3-tests")
}

// TestQuantulum runs both case files and reports the pass rate.
func TestQuantulum(t *testing.T) {
	dir := quantulumDir(t)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("quantulum3 tests not found at %s", dir)
	}
	var tally qTally
	for _, name := range []string{"quantities.json", "quantities.ambiguity.json"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		var cases []qCase
		require.NoError(t, json.Unmarshal(data, &cases), "parsing %s", name)
		for i, c := range cases {
			got := facts.Extract(fmt.Sprintf("%s#%d", name, i), []byte(c.Req))
			ok, why := judgeQCase(c, got)
			if len(c.Res) == 0 {
				tally.empty++
				if ok {
					tally.emptyPassed++
				} else {
					tally.failures = append(tally.failures, fmtQFailure(name, i, c, got, why))
				}
				continue
			}
			tally.withResults++
			if reason, deliberate := qDeliberate[c.Req]; deliberate {
				tally.deliberate++
				if ok {
					tally.deliberatePassed++
				}
				tally.reasons = append(tally.reasons, fmt.Sprintf("  %q: %s (passes: %v)", c.Req, reason, ok))
				continue
			}
			if ok {
				tally.passed++
			} else {
				tally.failures = append(tally.failures, fmtQFailure(name, i, c, got, why))
			}
		}
	}
	all := tally.passed + tally.deliberatePassed
	rate := 100 * float64(all) / float64(max(tally.withResults, 1))
	t.Logf("quantulum3: %d cases with results, %d passed (%.1f%%); without the %d deliberate differences %d/%d (%.1f%%); cases with no result: %d/%d pass",
		tally.withResults, all, rate, tally.deliberate, tally.passed, tally.withResults-tally.deliberate,
		100*float64(tally.passed)/float64(max(tally.withResults-tally.deliberate, 1)), tally.emptyPassed, tally.empty)
	sort.Strings(tally.reasons)
	t.Logf("deliberate differences:\n%s", strings.Join(tally.reasons, "\n"))
	if detailWanted() && testing.Verbose() {
		t.Logf("failing cases:\n%s", strings.Join(tally.failures, ""))
	}
	assert.LessOrEqual(t, tally.deliberate, 20, "the deliberate list must stay small")
	assert.GreaterOrEqualf(t, rate, floorQuantulum, "quantulum3 pass rate %.1f%% is below its floor %.1f%%", rate, floorQuantulum)
}

// judgeQCase reports whether Extract's facts hold every expected quantity.
func judgeQCase(c qCase, got []facts.Fact) (bool, string) {
	if len(c.Res) == 0 {
		for _, f := range got {
			switch f.Kind {
			case facts.KindDate, facts.KindOrdinal:
			default:
				return false, "no figure expected"
			}
		}
		return true, ""
	}
	used := make([]bool, len(got))
	for _, r := range c.Res {
		u, known := qUnits[r.Unit]
		if r.Unit == qDimensionless {
			known = true
		}
		if !known {
			return false, fmt.Sprintf("unit %q is outside figcheck", r.Unit)
		}
		span, hasSpan := surfaceSpan(c.Req, r.Surface)
		best := -1
		for i, f := range got {
			if used[i] || !qMatches(r, u, f) {
				continue
			}
			if best < 0 {
				best = i
			}
			if hasSpan && spanOverlap(span, byteSpan{f.Start, f.End}) > 0 {
				best = i
				break
			}
		}
		if best < 0 {
			return false, fmt.Sprintf("not found: %v %s %q", r.Value, r.Unit, r.Surface)
		}
		used[best] = true
	}
	return true, ""
}

// surfaceSpan finds the expected surface in the input.
func surfaceSpan(input, surface string) (byteSpan, bool) {
	i := strings.Index(input, surface)
	if i < 0 || surface == "" {
		return byteSpan{}, false
	}
	return byteSpan{i, i + len(surface)}, true
}

// qMatches reports whether fact f is quantulum3's quantity r.
func qMatches(r qRes, u qUnit, f facts.Fact) bool {
	if r.Unit == qDimensionless {
		switch {
		case f.Kind == facts.KindDate:
			return f.Date == fmt.Sprint(r.Value) || strings.HasSuffix(f.Date, "X") && strings.HasPrefix(fmt.Sprint(r.Value), strings.TrimRight(f.Date, "X"))
		case f.Kind == facts.KindPercent && f.Unit == "%" && r.Value < 1:
			return qValueIs(f, r.Value*100)
		case f.Unit == "" && (f.Kind == facts.KindCount || f.Kind == facts.KindOrdinal):
			return qValueIs(f, r.Value)
		}
		return false
	}
	for _, unit := range u.units {
		if f.Unit == unit && qValueIs(f, r.Value*u.factor) {
			return true
		}
		if f.WrittenUnit == unit && f.WrittenValue != nil && qClose(*f.WrittenValue, r.Value*u.factor) {
			return true
		}
	}
	return false
}

// qValueIs compares a value with a fact: its value, or the middle of its
// range.
func qValueIs(f facts.Fact, v float64) bool {
	if f.Bound == facts.BoundRange && f.Low != nil && f.High != nil {
		return qClose((*f.Low+*f.High)/2, v)
	}
	return f.Value != nil && qClose(*f.Value, v)
}

func qClose(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b))
}

func fmtQFailure(file string, i int, c qCase, got []facts.Fact, why string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %s#%d: %q\n", file, i, c.Req)
	for _, r := range c.Res {
		fmt.Fprintf(&b, "    expected: %v %s %q\n", r.Value, r.Unit, r.Surface)
	}
	for _, f := range got {
		fmt.Fprintf(&b, "    got:      %s\n", fmtFact(f))
	}
	fmt.Fprintf(&b, "    why:      %s\n", why)
	return b.String()
}
