-- Inserts the seven back-spasm treatments (patient text and comparison table) into treatment.

INSERT INTO treatment (code, slug, name, summary, how_to, cautions, evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order)
VALUES (
  'REST_ACTIVITY',
  'rest-and-activity',
  'Rest and activity changes',
  'Take it easy for a day or two, but keep moving gently. Cut back on whatever sets off the spasm, then slowly get back to your normal day. Lying in bed for days tends to leave your back stiffer and weaker, so it can slow your recovery.',
  'A little rest plus gentle movement works better than lots of rest.

1. For the first day or two, stop or cut down on things that bring on the pain. Examples are heavy lifting, hard exercise and sitting for a long time.
2. Do not stay in bed for more than two days. Get up and move about, even if you feel stiff at first.
3. Every few hours, get up and walk slowly for 5 to 10 minutes. Walking around the house is fine.
4. Find a comfy way to lie down and sleep. Many people like lying on one side with a pillow tucked between the knees, or on their back with a pillow under the knees.
5. If your job or your trip to work makes the pain worse, ask your employer about a few days of lighter tasks or working from home.
6. Add back your usual activities a little at a time as the pain eases. Mild discomfort is OK, but slow down if the pain turns sharp.',
  '- Do not stay in bed for more than two days. Long bed rest can make stiffness and pain last longer.
- Avoid heavy lifting, twisting and bending until the spasm settles.
- Get emergency help now if you have numbness around your genitals, bottom or inner thighs, new trouble peeing or controlling your bowels, or leg weakness that is getting worse.
- See a doctor today if you have a fever, feel very unwell, or have pain that is there all the time and worse at night.
- Book a visit with a doctor or physiotherapist if your pain is not getting better after 4 weeks.',
  '**Moderate evidence: staying active beats bed rest.** People with a sudden bout of back pain tend to do a bit better when they keep gently active than when they rest in bed. The difference is small. Bed rest for longer than two days gives little or no benefit.

A short break from the things that trigger your pain is common sense, not a cure. Back belts and braces (lumbar supports) have shown no clear benefit, so you do not need one to stay active.',
  'Low: you can do it yourself at home',
  'Nothing to buy. No medicine or equipment, just time to ease off and somewhere safe to walk',
  'Helps you recover and avoid making things worse. It will not stop the pain on its own',
  'Everyone in the first days of a spasm, and people pacing a long-term back problem',
  'Free, no side effects, and you can start right away',
  1
);

INSERT INTO treatment (code, slug, name, summary, how_to, cautions, evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order)
VALUES (
  'HEAT_COLD',
  'heat-and-cold',
  'Heat and cold',
  'Use cold on your back for the first 24 to 48 hours, then switch to heat. Cold may numb the sore area early on, and heat can help tight muscles loosen up. It is cheap and simple, and it is safe as long as you protect your skin.',
  'Keep each session short and always protect your skin.

1. In the first 24 to 48 hours, use cold. Wrap a bag of frozen peas or an ice pack in a thin towel and hold it on the sore area.
2. Take it off after 15 to 20 minutes. You can do this again a few times a day.
3. After 48 hours, switch to heat. A heat pack, a hot water bottle or a warm, damp towel all work.
4. Use heat for 15 to 20 minutes at a time too, with a cloth between your skin and the pack.
5. A warm bath or shower can also ease stiff muscles, for example before gentle stretching.
6. Look at your skin after each session. Stop if it looks very red, blotchy or blistered.',
  '- Never put ice or a hot pack straight onto your skin. Always keep a cloth or towel in between.
- Never fall asleep on a heating pad or with a heat pack on. It can burn you without you noticing.
- Take extra care if you have diabetes, poor blood flow or patches of numb skin, because you may not feel if it is too hot or too cold. Ask a pharmacist or doctor first.
- Do not use heat or cold on broken skin, a rash or a swollen, red area.
- Get emergency help now if you have numbness around your genitals, bottom or inner thighs, new trouble peeing, or leg weakness that is getting worse.
- See a doctor today if you have a fever or feel very unwell with the back pain.',
  '**Heat: moderate evidence that it helps.** In studies, heat wraps eased pain a little and made it a bit easier to move in the first weeks of back pain. The effect is modest and mostly lasts while you use it.

Cold has been studied much less. It may numb the pain in the first day or two, and it is safe if you protect your skin. There is very little research on switching back and forth between hot and cold.',
  'Low: easy to do yourself at home',
  'An ice pack or frozen peas, a heat pack or hot water bottle, and a towel. Low cost',
  'Short-term relief. Heat may ease pain and stiffness a little while you use it',
  'Cold in the first 24 to 48 hours, then heat for stiff, tight muscles at any stage',
  'Cheap, quick, drug-free and safe when you protect your skin',
  2
);

INSERT INTO treatment (code, slug, name, summary, how_to, cautions, evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order)
VALUES (
  'NSAIDS',
  'nsaids',
  'NSAIDs (anti-inflammatory painkillers)',
  'NSAIDs (anti-inflammatory painkillers such as ibuprofen or naproxen) can take the edge off the pain for a short time. With less pain, it is easier to keep moving, and that helps your back recover. Take them with food and only for as long as you need them.',
  'Check first that these medicines are safe for you.

1. Ask a pharmacist before you start if you are over 65, pregnant, take blood thinners, or have stomach, kidney or heart problems.
2. Follow the label or your pharmacist''s advice on how much to take and how often. Never take more than it says.
3. Take each dose with food or a glass of milk. This helps protect your stomach.
4. Use them for the shortest time you need, often just the worst few days.
5. If tablets upset your stomach, ask your pharmacist about an NSAID gel that you rub onto the sore area instead.
6. Keep up gentle movement and heat while you take them. The medicine is there to help you move, not to replace moving.
7. Do not take two different NSAIDs together. Check cold and flu remedies too, because some already contain one.',
  '- Ask a pharmacist or doctor before taking NSAIDs if you are over 65, are pregnant, take blood thinners (medicines that stop your blood clotting), or have had a stomach ulcer or bleed, kidney disease or heart problems.
- Do not take them if aspirin or ibuprofen has ever made your asthma worse or given you an allergic reaction.
- Stop taking them and get urgent help if you have black, sticky poo, blood in your sick, or bad tummy pain that will not go away.
- See a doctor if you still need them after 10 days in a row.
- Get emergency help now if you have numbness around your genitals, bottom or inner thighs, new trouble peeing, or leg weakness that is getting worse.',
  '**Moderate evidence: they may help a little.** In studies of sudden back pain, NSAIDs eased pain slightly more than dummy pills (placebo). The difference is small, and side effects such as stomach problems are possible.

They do not cure a spasm or make it heal faster. Paracetamol on its own seems to give little or no benefit for this kind of back pain, so it is not a good swap.',
  'Low to moderate: tablets or gel from a pharmacy, but check they are safe for you first',
  'Medicine from a pharmacy or on prescription. A quick chat with a pharmacist if you have other health problems',
  'A small drop in pain for a few days. It eases the pain but does not fix the cause',
  'Moderate or severe pain in the first days or weeks, in people without stomach, kidney or heart problems',
  'Easy to get, quick to work, and can make it easier to keep moving',
  3
);

INSERT INTO treatment (code, slug, name, summary, how_to, cautions, evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order)
VALUES (
  'MUSCLE_RELAXANTS',
  'muscle-relaxants',
  'Muscle relaxants',
  'Muscle relaxants are prescription medicines that act on your brain and spinal cord to help tight muscles let go. A doctor may suggest a short course if your spasm is severe and other steps are not enough. They may ease the pain a little for a few days, but they often make you sleepy.',
  'You need a prescription from a doctor for these medicines.

1. See a doctor if your spasm is severe and heat, gentle movement and pharmacy painkillers are not helping enough.
2. Tell the doctor about all the medicines you take, and if you are pregnant or have liver problems.
3. Take the medicine exactly as your doctor or pharmacist tells you, and follow the label.
4. Expect a short course, usually 3 to 7 days. They tend to help most in the first few days.
5. Plan for feeling sleepy. Do not drive, use machines or drink alcohol while you take them.
6. Keep moving gently and use heat while you take them. The medicine is meant to help you move, not to replace moving.
7. Stop when the course ends. Do not keep taking them for more than 2 to 3 weeks.',
  '- They can make you drowsy or dizzy. Do not drive, use tools or machines, or drink alcohol while you take them.
- They are not usually suitable for older adults (they raise the risk of falls), during pregnancy, for people under 18, or if you have liver disease.
- Do not take them for longer than your doctor says, and never for more than 2 to 3 weeks. There is no good evidence that they help beyond that.
- Do not mix them with other medicines that make you sleepy, such as sleeping pills or strong painkillers, unless your doctor says it is OK.
- Stop taking them and get help at once if you get a rash, swelling of your face or lips, or trouble breathing.
- Get emergency help now if you have numbness around your genitals, bottom or inner thighs, new trouble peeing, or leg weakness that is getting worse.',
  '**Moderate evidence: they may help for a few days.** In studies of sudden back spasms, muscle relaxants eased pain more than dummy pills (placebo), mostly in the first few days. The gain is modest.

There is not enough evidence that they help when taken for longer than 2 to 3 weeks. Sleepiness and dizziness are common, so a short course is usually best.',
  'Moderate: needs a doctor''s visit and a prescription',
  'A doctor''s appointment and a prescription medicine',
  'Some pain relief in the first few days, often with sleepiness. Short-term help only',
  'Severe spasms in the first days when other steps are not enough. Not usually for older adults or in pregnancy',
  'Can take the edge off a severe spasm and may help you rest and start moving sooner',
  4
);

INSERT INTO treatment (code, slug, name, summary, how_to, cautions, evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order)
VALUES (
  'PHYSICAL_THERAPY',
  'physical-therapy',
  'Physical therapy and stretching',
  'Physical therapy means exercises and hands-on care guided by a physiotherapist (a health professional trained in movement and exercise). Gentle stretching can help once the worst pain has settled. For back pain that lasts, an exercise plan made for you has the best evidence of any treatment.',
  'Start gently and build up slowly.

1. Once the worst of the spasm has eased, try gentle stretches for the backs of your thighs (hamstrings), the front of your hips (hip flexors) and your buttocks (glutes).
2. Move slowly into each stretch and breathe calmly. Go to a mild pull, never into sharp pain.
3. Add simple core exercises (for the deep muscles around your tummy and back), such as pelvic tilts, bird-dog and planks. Start with a few and add more over time.
4. If the pain has not settled after a few weeks, or keeps coming back, see a physiotherapist. They can check you and make a plan that suits your body.
5. A physiotherapist may also use hands-on treatment (manual therapy) and help you sit and stand in ways that put less strain on your back (posture retraining).
6. Choose exercise you like and can fit into your week, such as walking, swimming or yoga. Doing it often matters more than the type.
7. Keep up your home exercises after the pain eases, so your back stays strong.',
  '- Wait until the worst of the spasm has settled before you start stretches or core exercises.
- Stop any exercise that causes sharp or shooting pain, and ask your physiotherapist how to change it.
- Feeling a bit sore the day after a new exercise is normal. If pain gets much worse and stays worse, ease off and get advice.
- If you are pregnant, have had back surgery or have another health condition, ask a doctor or physiotherapist which exercises are safe for you.
- Book a visit with a doctor if pain shoots down one leg below the knee.
- Get emergency help now if you have numbness around your genitals, bottom or inner thighs, new trouble peeing or controlling your bowels, or leg weakness that is getting worse.',
  '**The best-supported treatment for long-lasting back pain.** For pain that lasts more than about 12 weeks, supervised exercise made for you works best. It should mix stretching, strengthening and motor-control exercises (training the deep muscles that hold your spine steady). The benefit is usually small to moderate, not a cure.

Different types of exercise seem to work about as well as each other, so pick the one you will keep doing. TENS machines (which send mild electric pulses through pads on your skin) did no better than fake machines in studies.',
  'Moderate to high: needs regular practice and often visits to a physiotherapist',
  'Time most days for exercises, plus a series of physiotherapy visits if needed. Cost varies',
  'Slow, steady gains in pain, strength and movement over weeks. May lower the chance of it coming back',
  'Gentle stretches once the worst has passed. A supervised plan for pain lasting over 4 weeks or that keeps coming back',
  'Best evidence for long-term pain, no medicine, and skills you can keep using for life',
  5
);

INSERT INTO treatment (code, slug, name, summary, how_to, cautions, evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order)
VALUES (
  'MASSAGE',
  'massage',
  'Massage therapy',
  'Massage is hands-on treatment where a trained therapist presses and rubs the muscles of your back. It may ease tight muscles and help you relax. The evidence is moderate, and the effect usually lasts only a short time.',
  'Find a qualified massage therapist.

1. Choose a registered or licensed massage therapist, or ask your doctor or physiotherapist to suggest one.
2. Before you start, tell the therapist where it hurts, how bad it is, and about any health problems or medicines you take.
3. Gentle Swedish massage, with long, smooth strokes, is often easiest to handle during a fresh spasm. Deep tissue massage uses firmer pressure and may suit tightness that lasts.
4. Trigger point therapy presses on small, tight knots in the muscle. Myofascial release works on fascia, the thin layer of tissue wrapped around your muscles.
5. Say so during the session if the pressure is too much or the pain gets worse. It should feel firm but bearable.
6. Afterwards, move around gently. Feeling a little sore for a day can be normal.
7. Use massage alongside exercise and staying active, not instead of them.',
  '- Massage should not cause sharp pain. Ask for lighter pressure, or stop, if it hurts a lot.
- Tell the therapist if you take blood thinners or have osteoporosis (thin, weak bones), as they may need to use lighter pressure.
- In the first few days of a bad spasm, gentle massage is usually better than deep pressure.
- If you are pregnant, see a therapist trained in massage during pregnancy.
- See a doctor today instead of booking a massage if you have a fever, feel very unwell, or have pain that is there all the time and worse at night.
- Get emergency help now if you have numbness around your genitals, bottom or inner thighs, new trouble peeing, or leg weakness that is getting worse.',
  '**Moderate evidence: it may help for a short time.** In studies of people whose back pain came with muscle spasms, massage helped a moderate amount, mostly in the days and weeks after treatment. Whether it helps in the long run is less clear.

It works best as one part of a plan that keeps you active. Claims that massage "flushes out" waste or fixes the cause of a spasm are not backed by good evidence.',
  'Moderate: you need sessions with a trained therapist',
  'Paid sessions with a massage therapist. The cost adds up if you go often',
  'Short-term easing of tight muscles and some relaxation. The effect usually wears off',
  'Tight, tense muscles, including tension linked to stress, alongside exercise and staying active',
  'Drug-free, relaxing, and can loosen tight muscles quickly',
  6
);

INSERT INTO treatment (code, slug, name, summary, how_to, cautions, evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order)
VALUES (
  'SPINAL_MANIPULATION',
  'spinal-manipulation',
  'Spinal manipulation and chiropractic care',
  'Spinal manipulation is a hands-on treatment where a licensed chiropractor, osteopath or physiotherapist moves the joints of your spine, sometimes with a quick, firm push. It may ease back pain a little for some people. It is not a cure, and it is not safe for everyone.',
  'Check first that this treatment is safe for you.

1. Choose a licensed chiropractor, osteopath or physiotherapist.
2. Tell them about all your health problems and medicines, especially osteoporosis, blood thinners or steroid tablets.
3. Expect questions and a check of your back before any treatment. They should explain what they plan to do and ask for your OK.
4. If quick, forceful moves worry you, ask about gentler methods. Some use a small handheld tool that gives a light push.
5. Agree on a short trial of a few sessions and check if you are getting better. If you are not, stop and try something else.
6. Keep up your exercises and stay active between visits.',
  '- Do not have spinal manipulation if you have osteoporosis (thin, weak bones), take blood thinners, or have taken steroid tablets for 3 months or more.
- Do not have it if you have numbness, tingling or weakness in your legs. See a doctor first.
- Feeling sore or stiff for a day or two afterwards is common. Tell your practitioner if it lasts longer or gets worse.
- Be wary of anyone who says your spine is "out of place", pushes a long course paid in advance, or promises a cure.
- Get emergency help now if, at any time, you have numbness around your genitals, bottom or inner thighs, new trouble peeing, or leg weakness that is getting worse.',
  '**Small to moderate benefit.** Studies suggest spinal manipulation may ease back pain a little. It seems to help about as much as other common treatments, such as exercise, but not more.

The idea that spasms are caused by bones being "out of line" that need putting back is not proven. Serious harm is rare when a licensed professional treats someone it suits.',
  'Moderate: needs visits to a licensed chiropractor, osteopath or physiotherapist',
  'Several paid sessions with a licensed practitioner. Cost varies',
  'A small to moderate easing of pain for some people, similar to other treatments',
  'Adults whose pain is not easing with self-care and who do not have osteoporosis, take blood thinners or use long-term steroids',
  'Drug-free and hands-on, with gentler methods if you prefer',
  7
);
