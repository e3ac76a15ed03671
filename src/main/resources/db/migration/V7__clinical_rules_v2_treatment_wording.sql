-- Clinical rules version 2 (docs: clinical-rules.md, version 2): the safety review's changes to the wording of
-- the seven treatments, as a new revision of each, written by 'system' and listed in its history like any
-- staff edit (the staff pages show it as written by SpasmCare).
--
-- * A treatment whose shipped wording nobody has edited (head_revision = 1, so published_revision = 1 too):
--   the new revision is published at once. Its content is copied into treatment, the only table patients read;
--   head_revision and published_revision move to it and version goes up.
-- * A treatment that staff have edited (any revision after 1, published or not): nothing staff wrote is
--   overwritten and patients keep the published wording. The new wording waits as a DRAFT for staff to
--   review and publish. It is based on the current head and becomes the head (version goes up, as on every
--   staff save, so an editor who opened the old head is told on saving that it changed meanwhile). A staff
--   draft still open (DRAFT or SENT_BACK) is marked SUPERSEDED, exactly as a newer staff save would mark it: it
--   stays in the history, and "Start a new draft from revision N" brings it back.
--
-- Fields the review does not change are copied from treatment (the published wording, with any staff edits);
-- the others hold the new wording. Name and position never change here. Plain SQL for H2 2.x and PostgreSQL.

-- 1. A staff draft still waiting, or sent back, is replaced for review by the new draft.
UPDATE treatment_revision SET status = 'SUPERSEDED'
WHERE status IN ('DRAFT', 'SENT_BACK')
  AND treatment_id IN (SELECT id FROM treatment WHERE head_revision > 1);

-- 2. The new revision of each treatment: published where nobody had edited it, a draft elsewhere.
INSERT INTO treatment_revision (treatment_id, number, status, name, summary, how_to, cautions, evidence,
        complexity, resources, expected_outcome, ideal_use, key_advantages, display_order, based_on, author,
        created_at, reviewer, reviewed_at, review_comment)
SELECT id, head_revision + 1, CASE WHEN head_revision = 1 THEN 'PUBLISHED' ELSE 'DRAFT' END, name,
       summary,
       how_to,
       '- Do not stay in bed for more than two days. Long bed rest can make stiffness and pain last longer.
- Avoid heavy lifting, twisting and bending until the spasm settles.
- See a doctor today if you have a fever, feel very unwell, or have pain that is there all the time and worse at night.
- See a doctor today if a leg or foot has become weak, for example if you trip or your foot drags.
- Book a visit with a doctor or physiotherapist if your pain is not better after 2 to 4 weeks, gets worse, or stops you sleeping, working or coping.
- **Call for help now** if you have any of the emergency signs in the box at the end of this page.',
       evidence,
       complexity,
       resources,
       expected_outcome,
       'Anyone in the first days of a spasm. Also for pacing yourself with long-term back pain',
       'Nothing to buy, and you can start today at home',
       display_order, head_revision, 'system', CURRENT_TIMESTAMP,
       CASE WHEN head_revision = 1 THEN 'system' END,
       CASE WHEN head_revision = 1 THEN CURRENT_TIMESTAMP END,
       CASE WHEN head_revision = 1 THEN 'Clinical rules version 2 safety update. Published by the upgrade, because nobody had edited the shipped wording.' END
FROM treatment WHERE code = 'REST_ACTIVITY';

INSERT INTO treatment_revision (treatment_id, number, status, name, summary, how_to, cautions, evidence,
        complexity, resources, expected_outcome, ideal_use, key_advantages, display_order, based_on, author,
        created_at, reviewer, reviewed_at, review_comment)
SELECT id, head_revision + 1, CASE WHEN head_revision = 1 THEN 'PUBLISHED' ELSE 'DRAFT' END, name,
       'Warmth on your back can ease pain and stiffness a little. Heat has better evidence than cold. In the first day or two, you can try cold first if it feels better to you. Both are cheap and simple, and they are safe if you protect your skin.',
       'Keep each session short, and always protect your skin.

1. Choose heat or cold. Heat has the better evidence. In the first day or two, try cold first if you like it better.
2. For heat, use a heat pack, a hot water bottle or a warm, damp towel. Wrap it in a cloth first.
3. For cold, wrap a bag of frozen peas or an ice pack in a thin towel. Hold it on the sore area.
4. Take it off after 15 to 20 minutes. You can do this again a few times a day.
5. A warm bath or shower can also ease stiff muscles, for example before gentle stretching.
6. Look at your skin after each session. Stop if it looks very red, blotchy or blistered.',
       '- Never put ice or a hot pack straight onto your skin. Always keep a cloth or towel in between.
- Never fall asleep on a heating pad or with a heat pack on. It can burn you without you noticing.
- Take extra care if you have diabetes, poor blood flow or patches of numb skin. You may not feel if it is too hot or too cold. Ask a pharmacist or doctor first.
- Do not use heat or cold on broken skin, a rash or a swollen, red area.
- See a doctor today if you have a fever or feel very unwell with the back pain.
- **Call for help now** if you have any of the emergency signs in the box at the end of this page.',
       '**Heat: moderate evidence that it helps a little.** In studies, heat wraps eased pain a little and made it a bit easier to move in the first weeks of back pain. The effect is small and mostly lasts while you use it.

Cold has been studied much less, so nobody knows how well it works. Some people find it soothing in the first day or two. It is safe if you protect your skin. There is very little research on switching between hot and cold.',
       complexity,
       resources,
       expected_outcome,
       'Heat for stiff, sore muscles at any stage. Cold first, if you like it better, in the first day or two',
       key_advantages,
       display_order, head_revision, 'system', CURRENT_TIMESTAMP,
       CASE WHEN head_revision = 1 THEN 'system' END,
       CASE WHEN head_revision = 1 THEN CURRENT_TIMESTAMP END,
       CASE WHEN head_revision = 1 THEN 'Clinical rules version 2 safety update. Published by the upgrade, because nobody had edited the shipped wording.' END
FROM treatment WHERE code = 'HEAT_COLD';

INSERT INTO treatment_revision (treatment_id, number, status, name, summary, how_to, cautions, evidence,
        complexity, resources, expected_outcome, ideal_use, key_advantages, display_order, based_on, author,
        created_at, reviewer, reviewed_at, review_comment)
SELECT id, head_revision + 1, CASE WHEN head_revision = 1 THEN 'PUBLISHED' ELSE 'DRAFT' END, name,
       'NSAIDs are anti-inflammatory painkillers, such as ibuprofen or naproxen. They can take the edge off the pain for a short time. With less pain, it is easier to keep moving, and that helps your back recover. They are not safe for everyone. Check with a pharmacist first if you take any regular medicines.',
       'Check first that these medicines are safe for you.

1. Read the warnings below before your first dose. Some people must not take NSAIDs at all.
2. Check with a pharmacist first if you take any regular medicines. Some do not mix well with NSAIDs.
3. Follow the label or your pharmacist''s advice on how much to take and how often. Never take more than it says.
4. Take each dose with food or a glass of milk. This helps protect your stomach.
5. Use them for the shortest time you need, often just the worst few days.
6. If tablets upset your stomach, ask your pharmacist about an NSAID gel that you rub on the sore area instead.
7. Keep up gentle movement and heat while you take them. The medicine is there to help you move, not to replace moving.
8. Do not take two NSAIDs at the same time. Check cold and flu remedies too, because some already contain one.',
       '**Do not take NSAIDs if you:**

- have had a stomach ulcer, or bleeding from your stomach or gut
- have kidney disease or liver disease
- have heart failure or angina, or have had a heart attack or stroke
- have poor blood flow (circulation) in your legs
- take a blood thinner. Warfarin, apixaban, rivaroxaban, aspirin and clopidogrel are all blood thinners.
- have taken steroid tablets for 3 months or more
- take lithium
- have had an allergic reaction to aspirin, ibuprofen or another NSAID, or one made your asthma worse
- are pregnant, unless a doctor or midwife says you can. Never take them from 20 weeks of pregnancy.

**Ask a pharmacist or doctor first if you:**

- take tablets for blood pressure, or water tablets (diuretics)
- take an antidepressant, such as sertraline, citalopram, fluoxetine or venlafaxine
- have asthma
- are 65 or over
- are 16 or 17. Do not take them for more than 3 days without advice.
- take any other regular medicines

**For children under 16:** ask a pharmacist first. Only ibuprofen is suitable, at a child''s dose, as the label says. Never give aspirin to anyone under 16. A child under 10 with back pain should see a doctor today.

**Stop and get help:**

- Stop taking them and get urgent help if you have black, sticky poo, blood in your sick, or bad tummy pain that does not go away.
- If you need them on 10 days or more, even with gaps, talk to a doctor or pharmacist.
- **Call for help now** if you have any of the emergency signs in the box at the end of this page.',
       '**Moderate evidence: they may help a little.** In studies of sudden back pain, NSAIDs eased pain slightly more than dummy pills (placebo). The difference is small, and side effects such as stomach problems can happen.

They do not cure a spasm or make it heal faster.

**What about paracetamol?** On its own, paracetamol helps little for most back pain. But it may be the safest painkiller for some people, for example in pregnancy, or if you cannot take NSAIDs. Ask a pharmacist which painkiller is safe for you.',
       complexity,
       'Medicine from a pharmacy or on prescription. A quick chat with a pharmacist if you take other medicines',
       expected_outcome,
       'Moderate or severe pain in the first weeks. Only if none of the warnings on its page apply to you',
       'Easy to get, and can make it easier to keep moving',
       display_order, head_revision, 'system', CURRENT_TIMESTAMP,
       CASE WHEN head_revision = 1 THEN 'system' END,
       CASE WHEN head_revision = 1 THEN CURRENT_TIMESTAMP END,
       CASE WHEN head_revision = 1 THEN 'Clinical rules version 2 safety update. Published by the upgrade, because nobody had edited the shipped wording.' END
FROM treatment WHERE code = 'NSAIDS';

INSERT INTO treatment_revision (treatment_id, number, status, name, summary, how_to, cautions, evidence,
        complexity, resources, expected_outcome, ideal_use, key_advantages, display_order, based_on, author,
        created_at, reviewer, reviewed_at, review_comment)
SELECT id, head_revision + 1, CASE WHEN head_revision = 1 THEN 'PUBLISHED' ELSE 'DRAFT' END, name,
       'Muscle relaxants are prescription medicines that act on your brain and spinal cord to help tight muscles let go. A doctor may offer a short course for a severe new spasm when other steps are not enough. They may ease the pain a little for a few days. But the evidence is weak, and they often make you sleepy.',
       'You need a prescription from a doctor for these medicines.

1. See a doctor if your spasm is severe and heat, gentle movement and pharmacy painkillers are not helping enough.
2. Tell the doctor about every medicine you take, how much alcohol you drink, and if you are or may be pregnant.
3. Take the medicine exactly as your doctor or pharmacist tells you, and follow the label.
4. Expect a short course, often 3 to 7 days. They tend to help most in the first few days.
5. Plan for feeling sleepy. Do not drive, use machines or drink alcohol while you take them.
6. Keep moving gently and use heat while you take them. The medicine is meant to help you move, not to replace moving.
7. Do not take them for more than a week unless your doctor planned a longer course. Never take them for more than 2 to 3 weeks.',
       '**Muscle relaxants are not for you if you:**

- are under 18
- are 65 or over, because they raise the risk of falls
- are pregnant or may be
- have liver disease
- take strong painkillers (opioids), sleeping tablets, gabapentin or pregabalin
- drink alcohol on most days
- have had this back pain for more than 12 weeks. They are only for a new spasm.

**If you take them:**

- They can make you drowsy or dizzy. Do not drive, use tools or machines, or drink alcohol.
- Do not mix them with other medicines that make you sleepy, unless your doctor says it is OK.
- Stop taking them and get help at once if you get a rash, a swollen face or lips, or trouble breathing.
- **Call for help now** if you have any of the emergency signs in the box at the end of this page.',
       '**Low-certainty evidence of a small benefit for a short time.** In 2021, a review of 49 trials (Cashin and others, in the BMJ) found that muscle relaxants may ease new back pain a little for up to 2 weeks. The gain was small, and the review could not be sure of it. Side effects such as sleepiness and dizziness were common.

There is no good evidence that they help when taken for longer than 2 to 3 weeks. They are not for back pain that has lasted more than 12 weeks.',
       'Moderate: you need to see a doctor, who may give you a prescription',
       'A visit to a doctor, and a medicine that needs a prescription',
       'At best, a little less pain for a few days. Sleepiness is common',
       'A severe new spasm, when other steps are not enough. Only for adults under 65 who are not pregnant',
       'May ease a severe spasm a little, for a few days',
       display_order, head_revision, 'system', CURRENT_TIMESTAMP,
       CASE WHEN head_revision = 1 THEN 'system' END,
       CASE WHEN head_revision = 1 THEN CURRENT_TIMESTAMP END,
       CASE WHEN head_revision = 1 THEN 'Clinical rules version 2 safety update. Published by the upgrade, because nobody had edited the shipped wording.' END
FROM treatment WHERE code = 'MUSCLE_RELAXANTS';

INSERT INTO treatment_revision (treatment_id, number, status, name, summary, how_to, cautions, evidence,
        complexity, resources, expected_outcome, ideal_use, key_advantages, display_order, based_on, author,
        created_at, reviewer, reviewed_at, review_comment)
SELECT id, head_revision + 1, CASE WHEN head_revision = 1 THEN 'PUBLISHED' ELSE 'DRAFT' END, name,
       'Physical therapy means exercise and hands-on care from a physiotherapist. This is a health worker trained to help you move well. Gentle stretching can help once the worst pain has settled. For back pain that lasts, an exercise plan made for you is one of the best-supported treatments.',
       how_to,
       '- Wait until the worst of the spasm has settled before you start stretches or core exercises.
- Stop any exercise that causes sharp or shooting pain. Ask your physiotherapist how to change it.
- Feeling a bit sore the day after a new exercise is normal. If pain gets much worse and stays worse, ease off and get advice.
- If you are pregnant or have a health problem, ask a doctor or physiotherapist which exercises are safe for you.
- See a doctor today if you had surgery or an injection in your spine in the last 3 months.
- Book a visit with a doctor if pain shoots down one leg below the knee.
- See a doctor today if a leg or foot has become weak, for example if you trip or your foot drags.
- **Call for help now** if you have any of the emergency signs in the box at the end of this page.',
       '**One of the best-supported treatments for long-lasting back pain.** For pain that lasts more than about 12 weeks, exercise made for you and guided by a professional is among the treatments with the best evidence. It should mix stretching, strengthening and motor-control exercises. These train the deep muscles that hold your spine steady. The benefit is usually small to moderate. It is not a cure.

Different types of exercise seem to work about as well as each other, so pick the one you will keep doing. TENS machines send mild electric pulses through pads on your skin. In studies, they did no better than fake machines.',
       'Moderate to high. You exercise most days, and may see a physiotherapist',
       'Time most days for your exercises. Some visits to a physiotherapist if you need them. Cost varies',
       expected_outcome,
       ideal_use,
       'Some of the best evidence for long-term pain. No medicine, and skills you keep for life',
       display_order, head_revision, 'system', CURRENT_TIMESTAMP,
       CASE WHEN head_revision = 1 THEN 'system' END,
       CASE WHEN head_revision = 1 THEN CURRENT_TIMESTAMP END,
       CASE WHEN head_revision = 1 THEN 'Clinical rules version 2 safety update. Published by the upgrade, because nobody had edited the shipped wording.' END
FROM treatment WHERE code = 'PHYSICAL_THERAPY';

INSERT INTO treatment_revision (treatment_id, number, status, name, summary, how_to, cautions, evidence,
        complexity, resources, expected_outcome, ideal_use, key_advantages, display_order, based_on, author,
        created_at, reviewer, reviewed_at, review_comment)
SELECT id, head_revision + 1, CASE WHEN head_revision = 1 THEN 'PUBLISHED' ELSE 'DRAFT' END, name,
       'Massage is hands-on treatment where a trained therapist presses and rubs the muscles of your back. It may ease tight muscles and help you relax for a while. The evidence is weak. It works best alongside exercise, not instead of it.',
       'Find a qualified massage therapist.

1. Choose a registered or licensed massage therapist, or ask your doctor or physiotherapist to suggest one.
2. Before you start, tell the therapist where it hurts, how bad it is, and about any health problems or medicines.
3. In the first days of a bad spasm, ask for gentle pressure. Firmer pressure may suit tightness that lasts.
4. Say so during the session if the pressure is too much or the pain gets worse. It should feel firm but not painful.
5. Afterwards, move around gently. Feeling a little sore for a day can be normal.
6. Use massage alongside exercise and staying active, not instead of them.',
       '- Massage should not cause sharp pain. Ask for lighter pressure, or stop, if it hurts a lot.
- Tell the therapist if you take blood thinners or have osteoporosis (thin, weak bones). They may need to use lighter pressure.
- If you are pregnant, see a therapist trained in massage during pregnancy.
- See a doctor today instead of booking a massage if you have a fever, feel very unwell, or have pain that is there all the time and worse at night.
- **Call for help now** if you have any of the emergency signs in the box at the end of this page.',
       '**Low-quality evidence: it may help for a short time.** Some studies found that massage eased back pain with muscle spasms, mostly in the days and weeks after treatment. But the studies were small or not well done, so we cannot be sure. It is not clear that it helps in the long run.

It works best as one part of a plan that keeps you active. Claims that massage "flushes out" waste or fixes the cause of a spasm are not backed by good evidence.',
       complexity,
       resources,
       'Tight muscles may ease for a while, and you may feel more relaxed. The effect wears off',
       'Tight, tense muscles, as well as exercise and staying active, not instead of them',
       'No medicine, and many people find it helps them relax',
       display_order, head_revision, 'system', CURRENT_TIMESTAMP,
       CASE WHEN head_revision = 1 THEN 'system' END,
       CASE WHEN head_revision = 1 THEN CURRENT_TIMESTAMP END,
       CASE WHEN head_revision = 1 THEN 'Clinical rules version 2 safety update. Published by the upgrade, because nobody had edited the shipped wording.' END
FROM treatment WHERE code = 'MASSAGE';

INSERT INTO treatment_revision (treatment_id, number, status, name, summary, how_to, cautions, evidence,
        complexity, resources, expected_outcome, ideal_use, key_advantages, display_order, based_on, author,
        created_at, reviewer, reviewed_at, review_comment)
SELECT id, head_revision + 1, CASE WHEN head_revision = 1 THEN 'PUBLISHED' ELSE 'DRAFT' END, name,
       'Spinal manipulation is a hands-on treatment. A licensed chiropractor, osteopath or physiotherapist moves the joints of your spine. Sometimes they use a quick, firm push. It may ease back pain a little for some people. It is not a cure, and it is not safe for everyone.',
       'Check first that this treatment is safe for you.

1. Read the warnings below first. Some people must not have this treatment.
2. Choose a licensed chiropractor, osteopath or physiotherapist.
3. Tell them about all your health problems and medicines. Tell them first if you have pain going down a leg.
4. Expect questions and a check of your back before any treatment. They should explain what they plan to do and ask for your OK.
5. If quick, forceful moves worry you, ask about gentler ways to move your spine.
6. Agree on a short trial of a few sessions, and check if you are getting better. If you are not, stop and try something else.
7. Keep up your exercises and stay active between visits.',
       '**Do not have spinal manipulation if you:**

- are under 18
- have osteoporosis (thin, weak bones)
- take a blood thinner, such as warfarin, apixaban, rivaroxaban, aspirin or clopidogrel
- have taken steroid tablets for 3 months or more
- have numbness or weakness in a leg or foot. See a doctor first to get it checked. If a leg or foot has become weak, see one today.

**Also:**

- If you have pain going down a leg, tell the practitioner before any treatment.
- Feeling sore or stiff for a day or two afterwards is common. Tell your practitioner if it lasts longer or gets worse.
- Be wary of anyone who says your spine is "out of place", pushes a long course paid in advance, or promises a cure.
- **Call for help now** if you have any of the emergency signs in the box at the end of this page.',
       evidence,
       'Moderate: you need a few visits to a licensed expert',
       'A few paid visits to a practitioner. Cost varies',
       'Some people get a little less pain. It helps about as much as other treatments',
       'Adults whose pain is not easing with self-care, if none of the warnings on its page apply',
       'No medicine, with gentler ways to move your spine if you prefer',
       display_order, head_revision, 'system', CURRENT_TIMESTAMP,
       CASE WHEN head_revision = 1 THEN 'system' END,
       CASE WHEN head_revision = 1 THEN CURRENT_TIMESTAMP END,
       CASE WHEN head_revision = 1 THEN 'Clinical rules version 2 safety update. Published by the upgrade, because nobody had edited the shipped wording.' END
FROM treatment WHERE code = 'SPINAL_MANIPULATION';

-- 3. The audit trail records it like a staff save or publish.
INSERT INTO audit_event (occurred_at, actor, action, target, detail)
SELECT CURRENT_TIMESTAMP, 'system', CASE WHEN r.status = 'PUBLISHED' THEN 'PUBLISH' ELSE 'SAVE_DRAFT' END, t.slug,
       'revision ' || CAST(r.number AS VARCHAR(11)) || ': clinical rules version 2 safety update'
FROM treatment t JOIN treatment_revision r ON r.treatment_id = t.id AND r.number = t.head_revision + 1
WHERE r.author = 'system';

-- 4. Edited by staff: only the head moves, to the new draft. Patients keep the published wording.
UPDATE treatment SET head_revision = head_revision + 1, version = version + 1
WHERE head_revision > 1
  AND EXISTS (SELECT 1 FROM treatment_revision r
              WHERE r.treatment_id = treatment.id AND r.number = treatment.head_revision + 1 AND r.author = 'system');

-- 5. Never edited: patients see the new revision.
UPDATE treatment SET
    summary = (SELECT r.summary FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    how_to = (SELECT r.how_to FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    cautions = (SELECT r.cautions FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    evidence = (SELECT r.evidence FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    complexity = (SELECT r.complexity FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    resources = (SELECT r.resources FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    expected_outcome = (SELECT r.expected_outcome FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    ideal_use = (SELECT r.ideal_use FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    key_advantages = (SELECT r.key_advantages FROM treatment_revision r WHERE r.treatment_id = treatment.id AND r.number = 2),
    head_revision = 2,
    published_revision = 2,
    version = version + 1
WHERE head_revision = 1
  AND EXISTS (SELECT 1 FROM treatment_revision r
              WHERE r.treatment_id = treatment.id AND r.number = 2 AND r.author = 'system' AND r.status = 'PUBLISHED');
