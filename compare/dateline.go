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
// 2023-09-10", "date: 2023-09-10" (a saved page's header).
var datelineRE = regexp.MustCompile(`(?i)^\s*(?:published|updated|posted|first published|date)(?:\s+on)?\s*:?\s*(.+?)\s*$`)

var septRE = regexp.MustCompile(`\bSept\b\.?`)

var datelineLayouts = []string{
	"2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "January 2 2006",
	"Monday 2 January 2006", "Monday, 2 January 2006", "Monday, January 2, 2006",
	"2006-01-02", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04",
}

// PublishedDate reads a report's publication date from a dateline in its
// first lines ("Published 9 September 2023", or a line that is only a date:
// "Friday, October 26, 2007", as news sites print it under the headline)
// and returns it as ISO-8601
// (2023-09-09), or "" when there is none. It is what Doc.Date wants when the
// input is plain text; for an HTML page the page's metadata is better.
func PublishedDate(text []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for n := 0; n < 6 && sc.Scan(); n++ {
		m := datelineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			if d := bareDate(sc.Text()); d != "" {
				return d
			}
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

// bareDate reads a line that holds a date and nothing else.
func bareDate(line string) string {
	s := strings.TrimSpace(line)
	if len(s) < 8 || len(s) > 40 {
		return ""
	}
	s = strings.ReplaceAll(septRE.ReplaceAllString(s, "Sep"), ".", "")
	for _, l := range datelineLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
