package facts

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordClassTable checks that the lexer's table gives every word the
// classes of wordClasses, and none to words outside it, including words
// that share a length and the hashed bytes with one inside.
func TestWordClassTable(t *testing.T) {
	for w, c := range wordClasses {
		assert.Equal(t, c, wordClassTable.lookup(w), w)
	}
	for _, w := range []string{"x", "officials", "capital", "tha", "thf", "sai", "saud", "twemty", "januery", "zz", "according's"} {
		_, in := wordClasses[w]
		if assert.False(t, in, w) {
			assert.Zero(t, wordClassTable.lookup(w), w)
		}
	}
}
