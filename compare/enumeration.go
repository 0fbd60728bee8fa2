package compare

import "strings"

// A sentence that lists figures of one block joined by "and" or a comma
// ("one man and one woman", "three Americans, two Britons and a Dane")
// gives the parts of something the report may also count whole ("two
// survivors were rescued"): a listed figure smaller than another of its
// report is a part of it, never the same thing told twice.

// markEnumerations marks the items of a report whose sentence lists them
// beside another figure of their block and event: the text between the two
// is only "and", "or" or a comma. "25 were killed and 40 injured" lists two
// events, not two parts of one. A figure the list goes on to that the
// extractor did not keep ("one man and one woman") marks the one before it.
func markEnumerations(items []*item) {
	for k, a := range items {
		if a.f.Sentence == "" {
			continue
		}
		if k+1 < len(items) {
			if b := items[k+1]; b.doc == a.doc && b.f.Sentence == a.f.Sentence && a.f.End <= b.f.Start && listJoin(a.f.Sentence, a.f.Text, b.f.Text) {
				if a.dim == b.dim && a.event == b.event {
					a.listed, b.listed = true, true
				}
				continue // the next figure of the list is kept: its event decides
			}
		}
		if listsAnother(a.f.Sentence, a.f.Text) {
			a.listed = true
		}
	}
}

// listsAnother reports whether a figure's text is followed in its
// sentence by a list's joiner and another number, which the extractor may
// not have kept as a figure ("one man and one woman": a bare "one" counts
// only with an event).
func listsAnother(sentence, text string) bool {
	i := strings.Index(sentence, text)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(sentence[i+len(text):], " ")
	for _, j := range []string{"and ", "or ", ", and ", ", "} {
		if after, ok := strings.CutPrefix(rest, j); ok {
			w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
			return w != "" && (w[0] >= '0' && w[0] <= '9' || listNumberWords[strings.ToLower(w)])
		}
	}
	return false
}

// listNumberWords are the number words a list's next part starts with.
var listNumberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "a": true, "an": true}

// listJoin reports whether sentence holds x then y with only a list's
// joiner between them.
func listJoin(sentence, x, y string) bool {
	i := strings.Index(sentence, x)
	if i < 0 {
		return false
	}
	rest := sentence[i+len(x):]
	j := strings.Index(rest, y)
	if j < 0 || j > 8 {
		return false
	}
	switch strings.TrimSpace(rest[:j]) {
	case "and", "or", ",", ", and", ", or":
		return true
	}
	return false
}

// listedPart reports whether one of two figures of one report is listed
// as a part (markEnumerations) and smaller than the other.
func listedPart(a, b *item) bool {
	return a.listed && a.base.mid() < b.base.mid() || b.listed && b.base.mid() < a.base.mid()
}
