package compare

import (
	"bufio"
	"bytes"
	"regexp"
	"strings"
	"time"
)

// datelineRE finds a publication line near the top of a plain-text report:
// "Published 9 September 2023", "Updated: Sept. 10, 2023", "Posted on
// 2023-09-10".
var datelineRE = regexp.MustCompile(`(?i)^\s*(?:published|updated|posted|first published)(?:\s+on)?\s*:?\s*(.+?)\s*$`)

var septRE = regexp.MustCompile(`\bSept\b\.?`)

var datelineLayouts = []string{
	"2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "January 2 2006",
	"Monday 2 January 2006", "Monday, 2 January 2006", "Monday, January 2, 2006",
	"2006-01-02", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04",
}

// PublishedDate reads a report's publication date from a dateline in its
// first lines ("Published 9 September 2023") and returns it as ISO-8601
// (2023-09-09), or "" when there is none. It is what Doc.Date wants when the
// input is plain text; for an HTML page the page's metadata is better.
func PublishedDate(text []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for n := 0; n < 6 && sc.Scan(); n++ {
		m := datelineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		s := septRE.ReplaceAllString(m[1], "Sep")
		s = strings.ReplaceAll(s, ".", "")
		for _, l := range datelineLayouts {
			// the date may be followed by a time or a place: try prefixes
			for end := len(s); end > 0; end = strings.LastIndexAny(s[:end], " ,") {
				if t, err := time.Parse(l, strings.TrimSpace(s[:end])); err == nil {
					return t.Format("2006-01-02")
				}
			}
		}
	}
	return ""
}
