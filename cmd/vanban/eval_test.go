package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalCommandOnSeeds(t *testing.T) {
	seeds, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var out, errb bytes.Buffer
	args := append([]string{"eval", "--gold", "../../testdata/gold"}, seeds...)
	if err := run(context.Background(), args, &out, &errb); err != nil {
		t.Fatalf("eval: %v\n%s", err, errb.String())
	}
	for _, line := range strings.Split(out.String(), "\n") {
		f := strings.Fields(line)
		if len(f) == 4 && (f[0] == "number" || f[0] == "signers" || f[0] == "issuer.province") && f[3] != "1.000" {
			t.Errorf("seed score line %q: want F1 1.000", line)
		}
	}
	if !strings.Contains(out.String(), "overall F1") {
		t.Errorf("no overall line:\n%s", out.String())
	}
}

func TestRulesCheckCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"rules", "check"}, &out, &errb); err != nil {
		t.Fatalf("rules check: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "63 provinces, 696 districts, 10035 communes") {
		t.Errorf("rules check output:\n%s", out.String())
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "issuers.tsv"), "head\tlevel\tkind\tonly_parent\nSỞ\tprovince\tstate\t\n")
	out.Reset()
	errb.Reset()
	if err := run(context.Background(), []string{"rules", "check", "--rules", dir}, &out, &errb); err == nil {
		t.Errorf("rules check accepted a bad level")
	}
	if !strings.Contains(errb.String(), "issuers.tsv:2") {
		t.Errorf("error does not locate the row: %q", errb.String())
	}
}

// TestRulesListCommand lists every kind: each prints rows, an unknown kind
// is a usage error.
func TestRulesListCommand(t *testing.T) {
	want := map[string]string{
		"doctypes": "Kế hoạch\tKH", "authorities": "KT.", "abbreviations": "UBND\tỦy ban nhân dân",
		"issuers": "ỦY BAN NHÂN DÂN", "agencies": "so_giao_duc_va_dao_tao", "agencywords": "\tsection",
		"indicators": "gia_dinh_hoc_tap", "targetwords": "\top\t>=", "citewords": "Căn cứ\tlead\tcan-cu",
		"provinces": "Thanh Hóa", "provinces2025": "Tây Ninh",
	}
	for kind, w := range want {
		var out, errb bytes.Buffer
		if err := run(context.Background(), []string{"rules", "list", kind}, &out, &errb); err != nil {
			t.Errorf("rules list %s: %v\n%s", kind, err, errb.String())
			continue
		}
		if !strings.Contains(out.String(), w) {
			t.Errorf("rules list %s lacks %q", kind, w)
		}
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"rules", "list", "nothing"}, &out, &errb); !errors.Is(err, errUsage) {
		t.Errorf("rules list nothing: %v, want a usage error", err)
	}
}
