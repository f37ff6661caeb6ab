package rules

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

//go:embed data/*.tsv
var builtin embed.FS

// Set is one loaded, validated collection of rules. The zero value is empty
// but usable. A Set is never modified after Load returns.
type Set struct {
	DocTypes      []DocType
	Authorities   []Authority
	Abbreviations []Abbreviation
	Agencies      []Agency
	AgencyHeads   []AgencyHead // head words of body names (agency_heads.tsv)
	AgencyWords   []AgencyWord // words that end a body's name, compounds that do not (agency_words.tsv)
	Indicators    []Indicator
	TargetWords   []TargetWord // the grammar words of the target finder (target_words.tsv)
	IssuerHeads   []IssuerHead
	CiteOrgs      []CiteOrg  // organization codes ending cited symbols (citeorgs.tsv)
	CiteTerms     []CiteTerm // terms (khóa) of the Party Central Committee (citeterms.tsv)
	CiteWords     []CiteWord // other words of the citation finder (citewords.tsv)
	Gazetteer     *Gazetteer
}

// Builtin returns the rules embedded in the binary.
func Builtin() (*Set, error) {
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, err
	}
	return Load(sub)
}

// LoadDir returns the builtin rules with every file present in dir replacing
// the builtin file of the same name. An empty dir means the builtin rules.
func LoadDir(dir string) (*Set, error) {
	if dir == "" {
		return Builtin()
	}
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, err
	}
	return Load(overlayFS{top: os.DirFS(dir), base: sub})
}

// overlayFS serves a file from top when it exists there, else from base.
type overlayFS struct{ top, base fs.FS }

func (o overlayFS) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil {
		return f, nil
	}
	return o.base.Open(name)
}

// loader parses one data file into the set.
type loader struct {
	file  string
	parse func(s *Set, t *Table) error
}

// loaders lists the data files in load order; the gazetteer comes last so
// that it may refer to abbreviations.
var loaders = []loader{
	{"doctypes.tsv", parseDocTypes},
	{"authorities.tsv", parseAuthorities},
	{"abbreviations.tsv", parseAbbreviations},
	{"agencies.tsv", parseAgencies},
	{"agency_heads.tsv", parseAgencyHeads},
	{"agency_words.tsv", parseAgencyWords},
	{"indicators.tsv", parseIndicators},
	{"target_words.tsv", parseTargetWords},
	{"issuers.tsv", parseIssuers},
	{"citeorgs.tsv", parseCiteOrgs},
	{"citeterms.tsv", parseCiteTerms},
	{"citewords.tsv", parseCiteWords},
	{"gazetteer.tsv", parseGazetteer},
}

// Load reads every rules file from fsys and validates the result. A missing
// file is an error: a partial rule set would extract silently worse.
func Load(fsys fs.FS) (*Set, error) {
	s := &Set{}
	var errs []error
	for _, l := range loaders {
		t, err := ReadTable(fsys, l.file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := l.parse(s, t); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// Validate checks cross-file consistency and the examples each rule carries.
// It returns all problems joined, or nil.
func (s *Set) Validate() error {
	var errs []error
	for _, v := range validators {
		errs = append(errs, v(s)...)
	}
	return errors.Join(errs...)
}

// validators are the per-kind consistency checks, one per data file.
var validators = []func(*Set) []error{
	validateDocTypes,
	validateAuthorities,
	validateAbbreviations,
	validateAgencies,
	validateAgencyHeads,
	validateAgencyWords,
	validateIndicators,
	validateTargetWords,
	validateIssuers,
	validateCiteOrgs,
	validateCiteTerms,
	validateCiteWords,
	validateGazetteer,
}

// Table is a parsed tab-separated data file.
type Table struct {
	File   string
	Header []string
	Rows   []Row
}

// Row is one data line of a Table.
type Row struct {
	Line   int
	Fields []string
	table  *Table
}

// Get returns the value of the named column, or "" when the row is short.
func (r Row) Get(col string) string {
	for i, h := range r.table.Header {
		if h == col {
			if i < len(r.Fields) {
				return strings.TrimSpace(r.Fields[i])
			}
			return ""
		}
	}
	return ""
}

// List returns the named column split on '|', with empty items dropped.
func (r Row) List(col string) []string {
	var out []string
	for _, v := range strings.Split(r.Get(col), "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Errorf returns an error located at this row.
func (r Row) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.table.File, r.Line, fmt.Sprintf(format, args...))
}

// ReadTable reads a tab-separated file with a header row. Blank lines and
// lines starting with '#' are skipped. Every required column must be in the
// header.
func ReadTable(fsys fs.FS, name string, required ...string) (*Table, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("rules: open %s: %w", name, err)
	}
	defer f.Close()
	t := &Table{File: name}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if t.Header == nil {
			t.Header = fields
			continue
		}
		t.Rows = append(t.Rows, Row{Line: line, Fields: fields, table: t})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("rules: read %s: %w", name, err)
	}
	if t.Header == nil {
		return nil, fmt.Errorf("rules: %s: no header row", name)
	}
	for _, c := range required {
		found := false
		for _, h := range t.Header {
			found = found || h == c
		}
		if !found {
			return nil, fmt.Errorf("rules: %s: missing column %q", name, c)
		}
	}
	return t, nil
}
