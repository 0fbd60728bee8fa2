package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHeadlineContradictsBody: a headline's figure and the body's first
// figure of the same measure are one thing; when they differ, the report
// contradicts itself. A later figure of the body is not what the headline
// restates.
func TestHeadlineContradictsBody(t *testing.T) {
	d := reportOf("d.txt", "Published 30 October 2024\nAlbis Bank to cut 2,000 posts as profit jumps\n\nSwiss lender Albis Bank plans to eliminate 2,500 jobs by the end of 2026, it said on Tuesday. It cut 900 jobs last year.\n")
	r := Compare([]Doc{d}, Options{})
	g := groupOf(r, "d.txt", "2,000 posts")
	require.NotNil(t, g)
	require.NotEmpty(t, g.Disagreements, "%v", g)
	assert.True(t, g.Disagreements[0].Internal)
	texts := factTexts(g)
	assert.NotContains(t, texts, "900 jobs")

	body := reportOf("b.txt", "Albis Bank plans to eliminate 2,500 jobs by the end of 2026, it said on Tuesday. It cut 900 jobs last year.\n")
	for _, g := range Compare([]Doc{body}, Options{}).Groups {
		assert.Empty(t, g.Disagreements, "with no headline, two figures of a body stay two claims: %v", g.Key)
	}
}
