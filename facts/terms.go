package facts

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// SubjectTerms returns the content words of a subject as lower-case stems,
// in order, without stop words: "the people killed" → [peopl kill]. The
// comparer measures subject similarity over these.
func SubjectTerms(subject string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(subject), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if stopWords[w] {
			continue
		}
		out = append(out, english.Stem(w, false))
	}
	return out
}

// stopWords are dropped from subjects before they are compared.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "and": true, "or": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "that": true, "these": true, "those": true,
	"by": true, "with": true, "from": true, "as": true, "were": true, "was": true, "be": true,
	"been": true, "is": true, "are": true, "some": true, "all": true,
}
