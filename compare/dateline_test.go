package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPublishedDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Morocco earthquake kills 632 people\nPublished 9 September 2023\nA magnitude 6.8…", "2023-09-09"},
		{"Headline\nUpdated: Sept. 10, 2023 14:05 BST\nBody", "2023-09-10"},
		{"Headline\nPosted on 2023-09-10\n", "2023-09-10"},
		{"Published Monday 4 March 2024, London\n", "2024-03-04"},
		{"No dateline here.\nPublished figures show 25 dead.\n", ""},
		{"url: https://example.org/a\ndate: 2007-10-26\n\nOil passes $91\n", "2007-10-26"},
		{"Oil passes $91\n\nFriday, October 26, 2007\n\nOil has risen…", "2007-10-26"},
		{"Headline\n26 October 2007\n", "2007-10-26"},
		{"Headline\nOn Friday, October 26, 2007 the price rose.\n", ""},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, PublishedDate([]byte(tt.text)), "%q", tt.text)
	}
}
