-- Every text column carries its length bound (TextLimitsTests). The list-type references of the
-- comparison tables point at comparison_list_type.code, bounded there; the bound is stated here too
-- so that each table says it without following its foreign keys.
ALTER TABLE comparison_category_name
  ADD CONSTRAINT comparison_category_name_type_code_length CHECK (char_length(type_code) <= 40);
ALTER TABLE comparison_column_mapping
  ADD CONSTRAINT comparison_column_mapping_type_code_length CHECK (char_length(type_code) <= 40);
ALTER TABLE comparison_list
  ADD CONSTRAINT comparison_list_type_code_length CHECK (char_length(type_code) <= 40);
ALTER TABLE comparison_list_attribute
  ADD CONSTRAINT comparison_list_attribute_type_code_length CHECK (char_length(type_code) <= 40);
ALTER TABLE comparison_list_person
  ADD CONSTRAINT comparison_list_person_category_length CHECK (char_length(category) <= 40);
ALTER TABLE comparison_match
  ADD CONSTRAINT comparison_match_type_code_length CHECK (char_length(type_code) <= 40);
