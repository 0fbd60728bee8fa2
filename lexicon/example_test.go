package lexicon_test

import (
	"fmt"

	"github.com/figcheck/figcheck/lexicon"
)

func ExampleLemma() {
	fmt.Println(lexicon.Lemma("fatalities"), lexicon.Lemma("died"), lexicon.Lemma("consumer prices"))
	// Output: fatality die consumer price
}

func ExampleRelate() {
	fmt.Println(lexicon.Relate("countries", "nations"))
	fmt.Println(lexicon.Relate("death toll", "killed"))
	fmt.Println(lexicon.Relate("ukrainian", "ukraine"))
	fmt.Println(lexicon.Relate("imports", "exports"))
	// Output:
	// synonym
	// concept
	// derived
	// unrelated
}

func ExampleOpposed() {
	fmt.Println(lexicon.Opposed("imports", "exports"), lexicon.Opposed("killed", "died"))
	// Output: true false
}

func ExampleKeys() {
	a, b := lexicon.Keys("jobless"), lexicon.Keys("unemployment")
	common := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				common++
			}
		}
	}
	fmt.Println(common > 0, lexicon.Relate("jobless", "unemployment"))
	// Output: true concept
}

func ExampleNotNoun() {
	fmt.Println(lexicon.NotNoun("together"), lexicon.NotNoun("slightly"), lexicon.NotNoun("buildings"), lexicon.NotNoun("cpi"))
	// Output: true true false false
}

func ExamplePerson() {
	for _, w := range []string{"miners", "fans", "inmates", "people", "aircraft", "crew"} {
		fmt.Println(w, lexicon.Person(w))
	}
	// Output:
	// miners true
	// fans true
	// inmates true
	// people false
	// aircraft false
	// crew false
}
