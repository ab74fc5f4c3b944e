-- Callback reasons (不满意原因) are stored as codes (issue 9): the callback page sent the label it
-- showed, so a reason was stored in the agent's UI language. The five labels the pages offered, in
-- Chinese and in English, become their code; any other text (typed through the API before codes)
-- stays as it was and is shown as written. The same mapping is accepted from old clients by the API
-- (org.hotline.application.text.CallbackReasons). Plain UPDATEs: the same on H2 and MySQL/MariaDB.

UPDATE ticket_callback_reason SET reason = 'ATTITUDE' WHERE reason IN ('态度差', 'Rude');
UPDATE ticket_callback_reason SET reason = 'PASSING_THE_BUCK' WHERE reason IN ('推诿扯皮', 'Passing the buck');
UPDATE ticket_callback_reason SET reason = 'SLOW' WHERE reason IN ('效率低', 'Slow');
UPDATE ticket_callback_reason SET reason = 'RESULT' WHERE reason IN ('结果不满意', 'Unhappy with result');
UPDATE ticket_callback_reason SET reason = 'IMPROPER_ENFORCEMENT' WHERE reason IN ('执法不规范', 'Improper enforcement');

UPDATE rectification_reason SET reason = 'ATTITUDE' WHERE reason IN ('态度差', 'Rude');
UPDATE rectification_reason SET reason = 'PASSING_THE_BUCK' WHERE reason IN ('推诿扯皮', 'Passing the buck');
UPDATE rectification_reason SET reason = 'SLOW' WHERE reason IN ('效率低', 'Slow');
UPDATE rectification_reason SET reason = 'RESULT' WHERE reason IN ('结果不满意', 'Unhappy with result');
UPDATE rectification_reason SET reason = 'IMPROPER_ENFORCEMENT' WHERE reason IN ('执法不规范', 'Improper enforcement');
