"use client";
import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group";

export function CheckboxGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup type="checkbox" {...props} />;
}
