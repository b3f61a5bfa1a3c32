"use client";
import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group";

export function RadioGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup type="radio" {...props} />;
}
