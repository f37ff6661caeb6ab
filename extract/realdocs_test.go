package extract_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
)

// realDocsDir holds real .docx/.pdf/.doc documents (see
// /work/shared/data/SOURCES.md); absent in a clean clone.
const realDocsDir = "/work/shared/data/real-docs"

// TestRealDocsHeader reads every real document the readers can read and
// checks the share that yields a document type, an issuer level, a
// date and a named signer. The documents are Lào Cai departments' and
// central bodies' letters, plans, decisions and laws, 2019–2026.
func TestRealDocsHeader(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realDocsDir, "*"))
	if len(files) == 0 {
		t.Skipf("%s absent: heavy check skipped", realDocsDir)
	}
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(rs)
	var read, typed, leveled, dated, signed int
	for _, f := range files {
		tx, err := corpus.ReadFile(context.Background(), f, corpus.Options{})
		if err != nil || strings.TrimSpace(tx.Text) == "" {
			continue
		}
		read++
		d := x.Extract(tx.Input(f))
		if d.DocType != "" {
			typed++
		}
		if d.Issuer.Level != "" {
			leveled++
		}
		if d.Issued.Date != "" {
			dated++
		}
		if len(d.Signers) > 0 && d.Signers[0].Name != "" {
			signed++
		}
		if testing.Verbose() {
			t.Logf("%s: %s | %v | %s | %s %s | %+v", filepath.Base(f), d.DocType, d.Number, d.Issued.Date, d.Issuer.Level, d.Issuer.Name, d.Signers)
		}
	}
	if read < 10 {
		t.Skipf("only %d of %d real documents readable yet: heavy check skipped", read, len(files))
	}
	t.Logf("%d read: doc_type %d, level %d, date %d, signer %d", read, typed, leveled, dated, signed)
	// Forms, annexes and laws have no issuer block or signature; most
	// letters, plans, decisions and reports do.
	for name, n := range map[string]int{"doc_type": typed, "issuer.level": leveled, "issued.date": dated, "signer": signed} {
		if float64(n) < 0.6*float64(read) {
			t.Errorf("%s found in %d of %d real documents, want at least 60%%", name, n, read)
		}
	}
}
