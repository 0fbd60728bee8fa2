package compare

import (
	"strings"
	"testing"
)

// TestBelowFirstByte: below's early answer on a text's first byte says
// what reading the whole hedge list says, in any case and after any first
// byte (ASCII or not).
func TestBelowFirstByte(t *testing.T) {
	full := func(text string) bool {
		t := strings.ToLower(text)
		for _, h := range belowHedges {
			if strings.HasPrefix(t, h+" ") {
				return true
			}
		}
		return false
	}
	var texts []string
	for _, h := range belowHedges {
		texts = append(texts, h+" 1,500", strings.ToUpper(h)+" 3", strings.ToUpper(h[:1])+h[1:]+" 2", h+"1", h)
	}
	for c := range 256 {
		for _, rest := range []string{"", "early 5", "lmost 4", "ust under 3", "lose to but 2", " 1"} {
			texts = append(texts, string([]byte{byte(c)})+rest, string(rune(c))+rest)
		}
	}
	texts = append(texts, "\u212Aearly 5", "about 300", "some 300", "")
	for _, text := range texts {
		if got, want := below(text), full(text); got != want {
			t.Errorf("below(%q) = %v, want %v", text, got, want)
		}
	}
}
