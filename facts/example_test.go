package facts_test

import (
	"fmt"

	"github.com/figcheck/figcheck/facts"
)

// Extract reads every figure of a text as a typed fact, with its interval,
// unit and what it counts.
func ExampleExtract() {
	text := "Overnight attacks killed at least 25 people. Russian forces control around 19% of Ukrainian territory and a 750-mile front."
	for _, f := range facts.Extract("report.txt", []byte(text)) {
		fmt.Printf("%s %q value=%g bound=%s unit=%q subject=%q\n", f.Kind, f.Text, *f.Value, f.Bound, f.Unit, f.Subject)
	}
	// Output:
	// count "at least 25 people" value=25 bound=at_least unit="" subject="people killed"
	// percent "around 19%" value=19 bound=approx unit="%" subject="Ukrainian territory"
	// quantity "750-mile" value=750 bound=exact unit="mi" subject="front"
}

// A vague amount is an interval, not a guess.
func ExampleExtract_vague() {
	for _, f := range facts.Extract("", []byte("Tens of thousands of people fled.")) {
		fmt.Printf("%q [%g, %g) %s\n", f.Text, *f.Low, *f.High, f.Subject)
	}
	// Output:
	// "Tens of thousands of people" [20000, 100000) people displaced
}
