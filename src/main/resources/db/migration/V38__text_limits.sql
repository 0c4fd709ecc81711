-- Every text column has a length bound (issue 10, item 12): free text entered by people (notes,
-- reasons, remarks) and everything else, so that no request, bug or script can store megabytes in a
-- row. The application refuses over-long input first, with a Chinese message naming the field; these
-- checks are the last line. TextLimitsTests keeps every new text column bounded.

ALTER TABLE audit_event
    ADD CONSTRAINT audit_event_action_length CHECK (char_length(action) <= 200)
  , ADD CONSTRAINT audit_event_actor_length CHECK (char_length(actor) <= 200)
  , ADD CONSTRAINT audit_event_client_ip_length CHECK (char_length(client_ip) <= 200)
  , ADD CONSTRAINT audit_event_hash_length CHECK (char_length(hash) <= 200)
  , ADD CONSTRAINT audit_event_object_id_length CHECK (char_length(object_id) <= 200)
  , ADD CONSTRAINT audit_event_object_type_length CHECK (char_length(object_type) <= 200)
  , ADD CONSTRAINT audit_event_prev_hash_length CHECK (char_length(prev_hash) <= 200)
  , ADD CONSTRAINT audit_event_summary_length CHECK (char_length(summary) <= 2000)
;

ALTER TABLE award_award
    ADD CONSTRAINT award_award_card_bank_length CHECK (char_length(card_bank) <= 200)
  , ADD CONSTRAINT award_award_card_number_index_length CHECK (char_length(card_number_index) <= 200)
  , ADD CONSTRAINT award_award_card_number_masked_length CHECK (char_length(card_number_masked) <= 200)
  , ADD CONSTRAINT award_award_card_number_sealed_length CHECK (char_length(card_number_sealed) <= 4000)
  , ADD CONSTRAINT award_award_class_name_length CHECK (char_length(class_name) <= 200)
  , ADD CONSTRAINT award_award_confirmed_by_length CHECK (char_length(confirmed_by) <= 200)
  , ADD CONSTRAINT award_award_created_by_length CHECK (char_length(created_by) <= 200)
  , ADD CONSTRAINT award_award_difficulty_level_length CHECK (char_length(difficulty_level) <= 200)
  , ADD CONSTRAINT award_award_difficulty_type_length CHECK (char_length(difficulty_type) <= 200)
  , ADD CONSTRAINT award_award_facts_digest_length CHECK (char_length(facts_digest) <= 200)
  , ADD CONSTRAINT award_award_gender_length CHECK (char_length(gender) <= 200)
  , ADD CONSTRAINT award_award_grade_length CHECK (char_length(grade) <= 200)
  , ADD CONSTRAINT award_award_guardian_name_length CHECK (char_length(guardian_name) <= 200)
  , ADD CONSTRAINT award_award_household_township_code_length CHECK (char_length(household_township_code) <= 200)
  , ADD CONSTRAINT award_award_household_village_code_length CHECK (char_length(household_village_code) <= 200)
  , ADD CONSTRAINT award_award_id_number_index_length CHECK (char_length(id_number_index) <= 200)
  , ADD CONSTRAINT award_award_id_number_masked_length CHECK (char_length(id_number_masked) <= 200)
  , ADD CONSTRAINT award_award_phone_masked_length CHECK (char_length(phone_masked) <= 200)
  , ADD CONSTRAINT award_award_phone_sealed_length CHECK (char_length(phone_sealed) <= 4000)
  , ADD CONSTRAINT award_award_programme_code_length CHECK (char_length(programme_code) <= 200)
  , ADD CONSTRAINT award_award_programme_name_length CHECK (char_length(programme_name) <= 200)
  , ADD CONSTRAINT award_award_remark_length CHECK (char_length(remark) <= 1000)
  , ADD CONSTRAINT award_award_school_code_length CHECK (char_length(school_code) <= 200)
  , ADD CONSTRAINT award_award_school_name_length CHECK (char_length(school_name) <= 200)
  , ADD CONSTRAINT award_award_school_township_code_length CHECK (char_length(school_township_code) <= 200)
  , ADD CONSTRAINT award_award_stage_length CHECK (char_length(stage) <= 200)
  , ADD CONSTRAINT award_award_student_name_length CHECK (char_length(student_name) <= 200)
  , ADD CONSTRAINT award_award_tier_length CHECK (char_length(tier) <= 200)
;

ALTER TABLE award_import
    ADD CONSTRAINT award_import_file_format_length CHECK (char_length(file_format) <= 200)
  , ADD CONSTRAINT award_import_file_name_length CHECK (char_length(file_name) <= 500)
  , ADD CONSTRAINT award_import_file_sha256_length CHECK (char_length(file_sha256) <= 200)
  , ADD CONSTRAINT award_import_queued_on_length CHECK (char_length(queued_on) <= 200)
  , ADD CONSTRAINT award_import_refusal_code_length CHECK (char_length(refusal_code) <= 200)
  , ADD CONSTRAINT award_import_refusal_message_length CHECK (char_length(refusal_message) <= 2000)
  , ADD CONSTRAINT award_import_runner_length CHECK (char_length(runner) <= 200)
  , ADD CONSTRAINT award_import_scope_region_length CHECK (char_length(scope_region) <= 200)
  , ADD CONSTRAINT award_import_stored_file_length CHECK (char_length(stored_file) <= 500)
  , ADD CONSTRAINT award_import_stored_file_key_length CHECK (char_length(stored_file_key) <= 500)
  , ADD CONSTRAINT award_import_uploaded_by_length CHECK (char_length(uploaded_by) <= 200)
;

ALTER TABLE award_import_problem
    ADD CONSTRAINT award_import_problem_code_length CHECK (char_length(code) <= 200)
  , ADD CONSTRAINT award_import_problem_column_name_length CHECK (char_length(column_name) <= 200)
  , ADD CONSTRAINT award_import_problem_message_length CHECK (char_length(message) <= 2000)
;

ALTER TABLE demo_load
    ADD CONSTRAINT demo_load_county_code_length CHECK (char_length(county_code) <= 200)
;

ALTER TABLE disbursement_bank_file
    ADD CONSTRAINT disbursement_bank_file_file_name_length CHECK (char_length(file_name) <= 500)
  , ADD CONSTRAINT disbursement_bank_file_generated_by_length CHECK (char_length(generated_by) <= 200)
  , ADD CONSTRAINT disbursement_bank_file_sha256_length CHECK (char_length(sha256) <= 200)
  , ADD CONSTRAINT disbursement_bank_file_template_length CHECK (char_length(template) <= 200)
;

ALTER TABLE disbursement_batch
    ADD CONSTRAINT disbursement_batch_approved_by_length CHECK (char_length(approved_by) <= 200)
  , ADD CONSTRAINT disbursement_batch_bank_template_length CHECK (char_length(bank_template) <= 200)
  , ADD CONSTRAINT disbursement_batch_created_by_length CHECK (char_length(created_by) <= 200)
  , ADD CONSTRAINT disbursement_batch_exported_by_length CHECK (char_length(exported_by) <= 200)
  , ADD CONSTRAINT disbursement_batch_programme_code_length CHECK (char_length(programme_code) <= 200)
  , ADD CONSTRAINT disbursement_batch_programme_name_length CHECK (char_length(programme_name) <= 200)
  , ADD CONSTRAINT disbursement_batch_reference_length CHECK (char_length(reference) <= 200)
;

ALTER TABLE disbursement_deadline
    ADD CONSTRAINT disbursement_deadline_programme_code_length CHECK (char_length(programme_code) <= 200)
  , ADD CONSTRAINT disbursement_deadline_recorded_by_length CHECK (char_length(recorded_by) <= 200)
;

ALTER TABLE disbursement_exception
    ADD CONSTRAINT disbursement_exception_detail_length CHECK (char_length(detail) <= 2000)
  , ADD CONSTRAINT disbursement_exception_reference_length CHECK (char_length(reference) <= 200)
  , ADD CONSTRAINT disbursement_exception_resolution_length CHECK (char_length(resolution) <= 1200)
  , ADD CONSTRAINT disbursement_exception_resolved_by_length CHECK (char_length(resolved_by) <= 200)
;

ALTER TABLE disbursement_payment
    ADD CONSTRAINT disbursement_payment_card_bank_length CHECK (char_length(card_bank) <= 200)
  , ADD CONSTRAINT disbursement_payment_card_number_index_length CHECK (char_length(card_number_index) <= 200)
  , ADD CONSTRAINT disbursement_payment_card_number_masked_length CHECK (char_length(card_number_masked) <= 200)
  , ADD CONSTRAINT disbursement_payment_card_number_sealed_length CHECK (char_length(card_number_sealed) <= 4000)
  , ADD CONSTRAINT disbursement_payment_failure_reason_length CHECK (char_length(failure_reason) <= 2000)
  , ADD CONSTRAINT disbursement_payment_payee_name_length CHECK (char_length(payee_name) <= 200)
  , ADD CONSTRAINT disbursement_payment_programme_code_length CHECK (char_length(programme_code) <= 200)
  , ADD CONSTRAINT disbursement_payment_reference_length CHECK (char_length(reference) <= 200)
  , ADD CONSTRAINT disbursement_payment_term_length CHECK (char_length(term) <= 200)
;

ALTER TABLE disbursement_return_file
    ADD CONSTRAINT disbursement_return_file_file_name_length CHECK (char_length(file_name) <= 500)
  , ADD CONSTRAINT disbursement_return_file_sha256_length CHECK (char_length(sha256) <= 200)
  , ADD CONSTRAINT disbursement_return_file_uploaded_by_length CHECK (char_length(uploaded_by) <= 200)
;

ALTER TABLE iam_account
    ADD CONSTRAINT iam_account_display_name_length CHECK (char_length(display_name) <= 200)
  , ADD CONSTRAINT iam_account_password_hash_length CHECK (char_length(password_hash) <= 200)
  , ADD CONSTRAINT iam_account_region_code_length CHECK (char_length(region_code) <= 200)
  , ADD CONSTRAINT iam_account_username_length CHECK (char_length(username) <= 200)
;

ALTER TABLE iam_api_token
    ADD CONSTRAINT iam_api_token_token_hash_length CHECK (char_length(token_hash) <= 200)
;

ALTER TABLE iam_login_attempt
    ADD CONSTRAINT iam_login_attempt_client_address_length CHECK (char_length(client_address) <= 200)
  , ADD CONSTRAINT iam_login_attempt_username_key_length CHECK (char_length(username_key) <= 200)
;

ALTER TABLE iam_second_factor
    ADD CONSTRAINT iam_second_factor_secret_sealed_length CHECK (char_length(secret_sealed) <= 4000)
;

ALTER TABLE notification_sms
    ADD CONSTRAINT notification_sms_batch_ref_length CHECK (char_length(batch_ref) <= 200)
  , ADD CONSTRAINT notification_sms_created_by_length CHECK (char_length(created_by) <= 200)
  , ADD CONSTRAINT notification_sms_dedup_key_length CHECK (char_length(dedup_key) <= 200)
  , ADD CONSTRAINT notification_sms_gateway_length CHECK (char_length(gateway) <= 200)
  , ADD CONSTRAINT notification_sms_gateway_message_id_length CHECK (char_length(gateway_message_id) <= 200)
  , ADD CONSTRAINT notification_sms_household_region_code_length CHECK (char_length(household_region_code) <= 200)
  , ADD CONSTRAINT notification_sms_last_error_length CHECK (char_length(last_error) <= 2000)
  , ADD CONSTRAINT notification_sms_payment_ref_length CHECK (char_length(payment_ref) <= 200)
  , ADD CONSTRAINT notification_sms_phone_index_length CHECK (char_length(phone_index) <= 200)
  , ADD CONSTRAINT notification_sms_phone_masked_length CHECK (char_length(phone_masked) <= 200)
  , ADD CONSTRAINT notification_sms_phone_sealed_length CHECK (char_length(phone_sealed) <= 4000)
  , ADD CONSTRAINT notification_sms_school_region_code_length CHECK (char_length(school_region_code) <= 200)
  , ADD CONSTRAINT notification_sms_student_name_length CHECK (char_length(student_name) <= 200)
  , ADD CONSTRAINT notification_sms_template_length CHECK (char_length(template) <= 200)
  , ADD CONSTRAINT notification_sms_text_length CHECK (char_length(text) <= 1000)
;

ALTER TABLE programme_exclusion
    ADD CONSTRAINT programme_exclusion_note_length CHECK (char_length(note) <= 1000)
  , ADD CONSTRAINT programme_exclusion_recorded_by_length CHECK (char_length(recorded_by) <= 200)
  , ADD CONSTRAINT programme_exclusion_source_length CHECK (char_length(source) <= 1000)
  , ADD CONSTRAINT programme_exclusion_superseded_by_length CHECK (char_length(superseded_by) <= 200)
;

ALTER TABLE programme_funding_share
    ADD CONSTRAINT programme_funding_share_note_length CHECK (char_length(note) <= 1000)
  , ADD CONSTRAINT programme_funding_share_recorded_by_length CHECK (char_length(recorded_by) <= 200)
  , ADD CONSTRAINT programme_funding_share_source_length CHECK (char_length(source) <= 1000)
  , ADD CONSTRAINT programme_funding_share_superseded_by_length CHECK (char_length(superseded_by) <= 200)
;

ALTER TABLE programme_payout_schedule
    ADD CONSTRAINT programme_payout_schedule_note_length CHECK (char_length(note) <= 1000)
  , ADD CONSTRAINT programme_payout_schedule_recorded_by_length CHECK (char_length(recorded_by) <= 200)
  , ADD CONSTRAINT programme_payout_schedule_source_length CHECK (char_length(source) <= 1000)
  , ADD CONSTRAINT programme_payout_schedule_superseded_by_length CHECK (char_length(superseded_by) <= 200)
;

ALTER TABLE programme_programme
    ADD CONSTRAINT programme_programme_created_by_length CHECK (char_length(created_by) <= 200)
  , ADD CONSTRAINT programme_programme_deactivated_by_length CHECK (char_length(deactivated_by) <= 200)
  , ADD CONSTRAINT programme_programme_kind_length CHECK (char_length(kind) <= 200)
  , ADD CONSTRAINT programme_programme_note_length CHECK (char_length(note) <= 1000)
  , ADD CONSTRAINT programme_programme_source_length CHECK (char_length(source) <= 1000)
;

ALTER TABLE programme_school_quota
    ADD CONSTRAINT programme_school_quota_recorded_by_length CHECK (char_length(recorded_by) <= 200)
  , ADD CONSTRAINT programme_school_quota_superseded_by_length CHECK (char_length(superseded_by) <= 200)
;

ALTER TABLE programme_standard
    ADD CONSTRAINT programme_standard_note_length CHECK (char_length(note) <= 1000)
  , ADD CONSTRAINT programme_standard_recorded_by_length CHECK (char_length(recorded_by) <= 200)
  , ADD CONSTRAINT programme_standard_source_length CHECK (char_length(source) <= 1000)
  , ADD CONSTRAINT programme_standard_superseded_by_length CHECK (char_length(superseded_by) <= 200)
;

ALTER TABLE region_division
    ADD CONSTRAINT region_division_edition_length CHECK (char_length(edition) <= 200)
  , ADD CONSTRAINT region_division_name_length CHECK (char_length(name) <= 200)
;

ALTER TABLE region_village_load
    ADD CONSTRAINT region_village_load_edition_length CHECK (char_length(edition) <= 200)
;

ALTER TABLE registry_household_member
    ADD CONSTRAINT registry_household_member_employer_length CHECK (char_length(employer) <= 200)
  , ADD CONSTRAINT registry_household_member_health_sealed_length CHECK (char_length(health_sealed) <= 4000)
  , ADD CONSTRAINT registry_household_member_id_number_index_length CHECK (char_length(id_number_index) <= 200)
  , ADD CONSTRAINT registry_household_member_id_number_masked_length CHECK (char_length(id_number_masked) <= 200)
  , ADD CONSTRAINT registry_household_member_id_number_sealed_length CHECK (char_length(id_number_sealed) <= 4000)
  , ADD CONSTRAINT registry_household_member_id_type_length CHECK (char_length(id_type) <= 200)
  , ADD CONSTRAINT registry_household_member_income_sealed_length CHECK (char_length(income_sealed) <= 4000)
  , ADD CONSTRAINT registry_household_member_name_length CHECK (char_length(name) <= 200)
  , ADD CONSTRAINT registry_household_member_phone_index_length CHECK (char_length(phone_index) <= 200)
  , ADD CONSTRAINT registry_household_member_phone_masked_length CHECK (char_length(phone_masked) <= 200)
  , ADD CONSTRAINT registry_household_member_phone_sealed_length CHECK (char_length(phone_sealed) <= 4000)
  , ADD CONSTRAINT registry_household_member_relation_length CHECK (char_length(relation) <= 200)
;

ALTER TABLE registry_student
    ADD CONSTRAINT registry_student_card_bank_length CHECK (char_length(card_bank) <= 200)
  , ADD CONSTRAINT registry_student_card_number_index_length CHECK (char_length(card_number_index) <= 200)
  , ADD CONSTRAINT registry_student_card_number_masked_length CHECK (char_length(card_number_masked) <= 200)
  , ADD CONSTRAINT registry_student_card_number_sealed_length CHECK (char_length(card_number_sealed) <= 4000)
  , ADD CONSTRAINT registry_student_class_name_length CHECK (char_length(class_name) <= 200)
  , ADD CONSTRAINT registry_student_grade_length CHECK (char_length(grade) <= 200)
  , ADD CONSTRAINT registry_student_id_number_index_length CHECK (char_length(id_number_index) <= 200)
  , ADD CONSTRAINT registry_student_id_number_masked_length CHECK (char_length(id_number_masked) <= 200)
  , ADD CONSTRAINT registry_student_id_number_sealed_length CHECK (char_length(id_number_sealed) <= 4000)
  , ADD CONSTRAINT registry_student_id_type_length CHECK (char_length(id_type) <= 200)
  , ADD CONSTRAINT registry_student_name_length CHECK (char_length(name) <= 200)
  , ADD CONSTRAINT registry_student_student_number_index_length CHECK (char_length(student_number_index) <= 200)
  , ADD CONSTRAINT registry_student_student_number_masked_length CHECK (char_length(student_number_masked) <= 200)
  , ADD CONSTRAINT registry_student_student_number_sealed_length CHECK (char_length(student_number_sealed) <= 4000)
;
