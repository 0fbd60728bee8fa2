package reportgen

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScale(t *testing.T) {
	for _, c := range []struct {
		in   string
		k    int
		want string
	}{
		{"118", 0, "118"},
		{"160", 1, "170"},
		{"2,400", 8, "3,600"},
		{"1,200,000", 16, "2,400,000"},
		{"7", 16, "7"},       // one digit stays
		{"2024", 16, "2024"}, // a year stays
		{"2500", 16, "5000"},
	} {
		assert.Equal(t, c.want, scale(c.in, c.k), "%s ×%d", c.in, c.k)
	}
}

func TestDistinct(t *testing.T) {
	texts := []string{
		"Published 12 March 2024\nQuake kills 118 in western Nepal. Rescuers reached Musikot.",
		"Floods in Nepal displaced 2,400 families near Pokhara.",
	}
	out := Distinct(texts, 5)
	assert.Equal(t, texts, out[:2], "variant 0 is the text itself")
	// variant 1 moves each name two places on in the pool (7919 mod 3)
	assert.Equal(t, "Published 12 March 2024\nQuake kills 125 in western Musikot. Rescuers reached Pokhara.", out[2])
	assert.Equal(t, "Floods in Musikot displaced 2,550 families near Nepal.", out[3])
	assert.NotEqual(t, out[2], out[4])
	assert.Equal(t, []string{"Musikot", "Nepal", "Pokhara"}, names(texts))
}

// A day of a date stays, a figure beside it is scaled: a scaled day made
// "Published 32 October 2024" and "Oct 32", which the extractor reads as
// counts, no real report's dateline.
func TestVariantKeepsDays(t *testing.T) {
	text := "Published 30 October 2024\nZURICH, Oct. 30 - The bank cut 30 jobs on 29 Oct and 40 on March 31, not 20 May or 25 Mayors."
	assert.Equal(t, "Published 30 October 2024\nZURICH, Oct. 30 - The bank cut 45 jobs on 29 Oct and 60 on March 31, not 20 May or 37 Mayors.",
		Variant(text, 8, nil))
}
