package main

import (
	"context"
	"errors"
)

func runRules(ctx context.Context, e *env) error {
	return errors.New("rules: not implemented yet")
}
