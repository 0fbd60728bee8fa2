package report

import (
	"fmt"
	"io"
)

// Form is the web service's start page: reports to paste or upload.
type Form struct {
	Action   string // where the form posts
	MaxDocs  int
	MaxBytes int64
	Error    string    // shown above the form after a bad submission
	Docs     []FormDoc // the pasted reports, kept after a bad submission
	Check    bool
}

// FormDoc is one pasted report.
type FormDoc struct {
	N          int // 1-based slot
	Name, Text string
}

type formPage struct {
	layoutData
	Form
	Limit string
}

// FormSlots is how many paste boxes the form shows open; the rest of the
// MaxDocs are folded away.
const FormSlots = 3

// WriteForm writes the start page of the web service.
func WriteForm(w io.Writer, f Form) error {
	docs := make([]FormDoc, max(f.MaxDocs, FormSlots))
	for i := range docs {
		docs[i].N = i + 1
		if i < len(f.Docs) {
			docs[i].Name, docs[i].Text = f.Docs[i].Name, f.Docs[i].Text
		}
	}
	f.Docs = docs
	limit := fmt.Sprintf("%d bytes", f.MaxBytes)
	if f.MaxBytes >= 1<<20 {
		limit = fmt.Sprintf("%d MB", f.MaxBytes>>20)
	} else if f.MaxBytes >= 1<<10 {
		limit = fmt.Sprintf("%d KB", f.MaxBytes>>10)
	}
	return render(w, "form", formPage{layoutData: newLayout("figcheck: compare news reports", false), Form: f, Limit: limit})
}
