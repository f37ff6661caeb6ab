package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vanban/vanban/extract"
)

// Gold is the expected extraction of one document, as in ../shared/gold.
type Gold struct {
	File          string      `json:"file"` // source file name; its base without extension is the key
	DocType       string      `json:"doc_type"`
	Number        *GoldNumber `json:"number"`
	TitleContains string      `json:"title_contains"`
	Issued        struct {
		Date  string `json:"date"`
		Place string `json:"place"`
	} `json:"issued"`
	Issuer struct {
		NameContains string `json:"name_contains"`
		Level        string `json:"level"`
		Province     string `json:"province"`
		Province2025 string `json:"province_2025"`
		District     string `json:"district"`
		Commune      string `json:"commune"`
	} `json:"issuer"`
	Field                    string         `json:"field"`
	Signers                  []GoldSigner   `json:"signers"`
	RecipientsContains       []string       `json:"recipients_contains"`
	Citations                []GoldCitation `json:"citations"`
	CitationsOptional        []GoldCitation `json:"citations_optional"`
	AgenciesAssignedContains []string       `json:"agencies_assigned_contains"`
	Targets                  []GoldTarget   `json:"targets"`
	WarningsExpected         []string       `json:"warnings_expected"`
}

// GoldNumber is the expected số / ký hiệu.
type GoldNumber struct {
	Text   string `json:"text"`
	Num    string `json:"num"`
	Symbol string `json:"symbol"`
}

// GoldSigner is one expected signer.
type GoldSigner struct {
	Name          string `json:"name"`
	Title         string `json:"title"`
	Authority     string `json:"authority"`
	TitleOptional bool   `json:"title_optional"`
}

// GoldCitation is one expected citation.
type GoldCitation struct {
	ID   string `json:"id"`
	Date string `json:"date"`
}

// GoldTarget is one expected numeric target.
type GoldTarget struct {
	Value             float64 `json:"value"`
	Unit              string  `json:"unit"`
	Year              *int    `json:"year"`
	IndicatorContains string  `json:"indicator_contains"`
	Op                string  `json:"op"`
	Optional          bool    `json:"optional"`
}

// Key returns the key a prediction is matched by: the file's base name
// without extension.
func (g Gold) Key() string { return Key(g.File) }

// Key returns the base name of p without its extension, for either slash.
func Key(p string) string {
	p = strings.ReplaceAll(p, "\\", "/")
	b := path.Base(p)
	return strings.TrimSuffix(b, path.Ext(b))
}

// LoadGold reads every *.json file of dir, sorted by file name.
func LoadGold(dir string) ([]Gold, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", dir, err)
	}
	sort.Strings(names)
	var out []Gold
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read gold %s: %w", n, err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("decode gold %s: %w", n, err)
		}
		if g.File == "" {
			return nil, fmt.Errorf("gold %s: no \"file\"", n)
		}
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("gold %s: no *.json files", dir)
	}
	return out, nil
}

// ReadPredictions reads JSON Lines of Documents and keys them by the base
// name of source.path. A later line for the same key replaces an earlier one.
func ReadPredictions(r io.Reader) (map[string]extract.Document, error) {
	out := map[string]extract.Document{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1024*1024), 256*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d extract.Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out[Key(d.Source.Path)] = d
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read predictions: %w", err)
	}
	return out, nil
}

// ReadPredictionsFile is ReadPredictions on a file.
func ReadPredictionsFile(name string) (map[string]extract.Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open predictions: %w", err)
	}
	defer f.Close()
	m, err := ReadPredictions(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}
