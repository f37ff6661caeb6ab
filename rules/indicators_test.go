package rules

import (
	"strings"
	"testing"
)

func TestIndicatorsBuiltin(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"gia_dinh_hoc_tap", "dong_ho_hoc_tap", "cong_dong_hoc_tap", "don_vi_hoc_tap", "cong_dan_hoc_tap",
		"tre_nha_tre_den_truong", "tre_mau_giao_den_truong", "lao_dong_qua_dao_tao", "chuyen_mon_ky_thuat",
		"nang_luc_thong_tin", "ky_nang_song", "boi_duong_cntt", "hoi_khuyen_hoc"}
	have := map[string]bool{}
	for _, ind := range s.Indicators {
		have[ind.Key] = true
		if ind.Example == "" {
			t.Errorf("indicators.tsv:%d: %s has no example", ind.Line, ind.Key)
		}
	}
	for _, k := range want {
		if !have[k] {
			t.Errorf("indicator %s missing from the builtin lexicon", k)
		}
	}
}

func TestValidateIndicators(t *testing.T) {
	tests := []struct {
		name string
		inds []Indicator
		want string // substring of the error, "" for none
	}{
		{"valid", []Indicator{{Key: "gia_dinh_hoc_tap", Label: "Gia đình học tập", Phrases: []string{"gia đình học tập"}, Line: 3}}, ""},
		{"bad key", []Indicator{{Key: "Gia-Dinh", Label: "x", Phrases: []string{"x"}, Line: 3}}, "must be lower-case"},
		{"duplicate key", []Indicator{
			{Key: "a", Label: "x", Phrases: []string{"x"}, Line: 3},
			{Key: "a", Label: "y", Phrases: []string{"y"}, Line: 4}}, "already defined on line 3"},
		{"no phrases", []Indicator{{Key: "a", Label: "x", Line: 3}}, "at least one phrase"},
		{"no label", []Indicator{{Key: "a", Phrases: []string{"x"}, Line: 3}}, "label is required"},
		{"phrase of two keys", []Indicator{
			{Key: "a", Label: "x", Phrases: []string{"Kỹ năng sống"}, Line: 3},
			{Key: "b", Label: "y", Phrases: []string{"kỹ năng sống"}, Line: 4}}, "belongs to both a and b"},
	}
	for _, tt := range tests {
		errs := validateIndicators(&Set{Indicators: tt.inds})
		if tt.want == "" {
			if len(errs) != 0 {
				t.Errorf("%s: unexpected errors %v", tt.name, errs)
			}
			continue
		}
		found := false
		for _, e := range errs {
			found = found || strings.Contains(e.Error(), tt.want)
		}
		if !found {
			t.Errorf("%s: errors %v do not mention %q", tt.name, errs, tt.want)
		}
	}
}

func TestTargetWordsBuiltin(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, w := range s.TargetWords {
		kinds[w.Kind]++
	}
	for _, k := range []string{TgtCount, TgtLead, TgtOp, TgtConj, TgtLabel, TgtMeasure, TgtCueTarget, TgtCueReview, TgtCueGoal, TgtCueAchieved, TgtPerYear} {
		if kinds[k] == 0 {
			t.Errorf("target_words.tsv has no %s row", k)
		}
	}
}

func TestValidateTargetWords(t *testing.T) {
	tests := []struct {
		name string
		ws   []TargetWord
		want string
	}{
		{"valid", []TargetWord{{Words: "không dưới", Kind: TgtOp, Op: ">=", Line: 3}, {Words: "lao động", Kind: TgtCount, Line: 4}}, ""},
		{"bad kind", []TargetWord{{Words: "x", Kind: "noun", Line: 3}}, "not a target word kind"},
		{"bad op", []TargetWord{{Words: "trên", Kind: TgtOp, Op: "gt", Line: 3}}, "is not >="},
		{"op on a count", []TargetWord{{Words: "lao động", Kind: TgtCount, Op: ">=", Line: 3}}, "takes no op"},
		{"upper case", []TargetWord{{Words: "Lao động", Kind: TgtCount, Line: 3}}, "not lower-case"},
		{"two-word label", []TargetWord{{Words: "mức độ", Kind: TgtLabel, Line: 3}}, "not one word"},
		{"repeated", []TargetWord{{Words: "hộ", Kind: TgtCount, Line: 3}, {Words: "hộ", Kind: TgtCount, Line: 4}}, "already on line 3"},
	}
	for _, tt := range tests {
		errs := validateTargetWords(&Set{TargetWords: tt.ws})
		if tt.want == "" {
			if len(errs) != 0 {
				t.Errorf("%s: unexpected errors %v", tt.name, errs)
			}
			continue
		}
		found := false
		for _, e := range errs {
			found = found || strings.Contains(e.Error(), tt.want)
		}
		if !found {
			t.Errorf("%s: errors %v do not mention %q", tt.name, errs, tt.want)
		}
	}
}
