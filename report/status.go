package report

// statusInfo is how the page shows a status: colour comes from the
// stylesheet (keyed by data-status), and a symbol and a label always go
// with it, so no reader depends on colour alone.
type statusInfo struct {
	Label  string
	Symbol string
	Order  int // findings are listed in this order
}

// The statuses of compare.Group, in the order the findings table lists
// them.
var statuses = map[string]statusInfo{
	"conflict":       {"Conflict", "✗", 0},
	"review":         {"Review", "?", 1},
	"not_comparable": {"Not comparable", "≠", 2},
	"agree":          {"Agree", "✓", 3},
	"single":         {"Only here", "○", 4},
}

// statusOrder lists the statuses in their order, for the summary.
var statusOrder = []string{"conflict", "review", "not_comparable", "agree", "single"}

func statusOf(s string) statusInfo {
	if i, ok := statuses[s]; ok {
		return i
	}
	return statusInfo{Label: s, Symbol: "•", Order: len(statuses)}
}

// kindSymbols mark the figures of an extraction page by kind.
var kindSymbols = map[string]string{
	"count": "#", "percent": "%", "money": "¤", "quantity": "qty",
	"duration": "dur", "date": "date", "ordinal": "ord", "age": "age",
}
